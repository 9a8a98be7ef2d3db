import { ConfirmDialog } from '../../ui/confirm-dialog';

/** DELETE /v1/customer/group/{customerNumber}/{groupName}, after the name has been typed. */
export function DeleteGroupDialog({
  open,
  onClose,
  groupName,
  memberCount,
  onConfirm,
  pending,
  error,
}: {
  open: boolean;
  onClose: () => void;
  groupName: string;
  memberCount: number;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}) {
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={`Delete the group ${groupName}?`}
      confirmLabel="Delete group"
      typeToConfirm={groupName}
      onConfirm={onConfirm}
      pending={pending}
      error={error ?? undefined}
      errorTitle="Not deleted"
    >
      <p>
        The group is removed
        {memberCount > 0 ? ` with its ${memberCount} memberships (the members themselves stay)` : ''}. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
