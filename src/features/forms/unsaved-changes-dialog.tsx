import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { i18n, useMessages } from '@/i18n';
import type { UnsavedChangesGuard } from './use-unsaved-changes-guard';

const messages = i18n('forms/unsaved-changes-dialog', {
  title: 'Leave without saving?',
  leave: 'Leave and discard changes',
  text: 'Your changes have not been saved. Cancel to keep editing; if you leave now, they are lost.',
});

/** The question `useUnsavedChangesGuard` asks when a navigation would drop unsaved changes. */
export function UnsavedChangesDialog({ guard }: { guard: UnsavedChangesGuard }) {
  const t = useMessages(messages);
  return (
    <ConfirmDialog
      open={guard.blocked}
      onClose={guard.stay}
      onConfirm={guard.leave}
      title={t.title}
      confirmLabel={t.leave}
    >
      {t.text}
    </ConfirmDialog>
  );
}
