import { ConfirmDialog } from '../../ui/confirm-dialog';

/** DELETE /v1/customer/user/{userId}, after the user id has been typed. */
export function DeleteUserDialog({
  open,
  onClose,
  userId,
  name,
  onConfirm,
  pending,
  error,
}: {
  open: boolean;
  onClose: () => void;
  userId: string;
  name: string;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}) {
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={`Delete ${name}?`}
      confirmLabel="Delete user"
      typeToConfirm={userId}
      onConfirm={onConfirm}
      pending={pending}
      error={error ?? undefined}
      errorTitle="Not deleted"
    >
      <p>
        The Active Directory user <strong>{name}</strong> ({userId}) is removed, and with it its membership in
        every group. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
