import { useState } from 'react';
import { i18n, useMessages } from '@/i18n';
import { Button } from './button';
import { DeleteDialog, type DeleteDialogProps } from './delete-dialog';
import type { Deletion } from './use-deletion';

const messages = i18n('ui/delete-button', { delete: 'Delete' });

/** A detail page's "Delete": opens the confirmation with a fresh state (no error of a previous try). */
export function DeleteButton({
  deletion,
  disabledReason,
  ...dialog
}: {
  deletion: Deletion;
  disabledReason: string | null;
} & Omit<DeleteDialogProps, 'open' | 'onClose' | 'mutation' | 'onConfirm'>) {
  const t = useMessages(messages);
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
        {t.delete}
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
