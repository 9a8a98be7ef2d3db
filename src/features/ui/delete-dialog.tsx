import type { ReactNode } from 'react';
import { isApiError } from '@/api/api-error';
import { i18n, useMessages } from '@/i18n';
import { ConfirmDialog } from './confirm-dialog';

const messages = i18n('ui/delete-dialog', {
  notDeleted: 'Not deleted',
  // Every DELETE's query factory counts "already gone" (404) as deleted.
  deleteAgain: 'Deleting again is safe: if it is already gone, that counts as deleted.',
});

/** What an error code of the DELETE (a 409's `locked`) means for this object, in the user's terms. */
export interface ConflictExplanation {
  title: string;
  text: string;
}

export interface DeleteDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  confirmLabel: string;
  /** The text to type before deleting (the object's name or id); none: a click confirms. */
  typeToConfirm?: string;
  /** The DELETE's state: its error stays in the dialog. */
  mutation: { isPending: boolean; error: unknown };
  onConfirm: () => void;
  /** Explanations by error code; an unexplained error shows as "Not deleted". */
  conflicts?: Readonly<Record<string, ConflictExplanation>>;
  /** What is removed with it. */
  children: ReactNode;
}

/** Asks before a DELETE and shows why it failed, on `ConfirmDialog`. */
export function DeleteDialog({
  open,
  onClose,
  title,
  confirmLabel,
  typeToConfirm,
  mutation,
  onConfirm,
  conflicts,
  children,
}: DeleteDialogProps) {
  const t = useMessages(messages);
  const conflict = conflictExplanation(mutation.error, conflicts);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={title}
      confirmLabel={confirmLabel}
      typeToConfirm={typeToConfirm}
      onConfirm={onConfirm}
      pending={mutation.isPending}
      error={mutation.error ?? undefined}
      errorTitle={conflict?.title ?? t.notDeleted}
      lostText={t.deleteAgain}
    >
      {children}
      {conflict && (
        <p className="mt-3 rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
          {conflict.text}
        </p>
      )}
    </ConfirmDialog>
  );
}

function conflictExplanation(
  error: unknown,
  conflicts: DeleteDialogProps['conflicts'],
): ConflictExplanation | undefined {
  const code = isApiError(error) ? error.code : undefined;
  return code && conflicts && Object.hasOwn(conflicts, code) ? conflicts[code] : undefined;
}
