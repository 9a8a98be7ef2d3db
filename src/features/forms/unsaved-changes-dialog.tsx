import { ConfirmDialog } from '../ui/confirm-dialog';
import type { UnsavedChangesGuard } from './use-unsaved-changes-guard';

/** The question `useUnsavedChangesGuard` asks when a navigation would drop unsaved changes. */
export function UnsavedChangesDialog({ guard }: { guard: UnsavedChangesGuard }) {
  return (
    <ConfirmDialog
      open={guard.blocked}
      onClose={guard.stay}
      onConfirm={guard.leave}
      title="Leave without saving?"
      confirmLabel="Leave and discard changes"
    >
      Your changes have not been saved. Cancel to keep editing; if you leave now, they are lost.
    </ConfirmDialog>
  );
}
