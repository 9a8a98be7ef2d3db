import { useState } from 'react';
import { Button } from './button';
import { DeleteDialog, type DeleteDialogProps } from './delete-dialog';
import type { Deletion } from './use-deletion';

/** A detail page's "Delete": opens the confirmation with a fresh state (no error of a previous try). */
export function DeleteButton({
  deletion,
  disabledReason,
  ...dialog
}: {
  deletion: Deletion;
  disabledReason: string | null;
} & Omit<DeleteDialogProps, 'open' | 'onClose' | 'mutation' | 'onConfirm'>) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button
        variant="danger"
        disabledReason={disabledReason}
        onClick={() => {
          deletion.removal.reset();
          setConfirming(true);
        }}
      >
        Delete
      </Button>
      <DeleteDialog
        {...dialog}
        open={confirming}
        onClose={() => setConfirming(false)}
        mutation={deletion.removal}
        onConfirm={deletion.remove}
      />
    </>
  );
}
