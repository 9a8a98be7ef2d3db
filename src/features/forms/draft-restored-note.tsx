import { Button } from '../ui/button';
import type { FormDraft } from './use-form-draft';

/** Says that unsaved values came back from the draft, with a way to drop them. */
export function DraftRestoredNote({ draft, changed }: { draft: FormDraft; changed: boolean }) {
  if (draft.restoredAt === null || !changed) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <span>Your unsaved changes from {new Date(draft.restoredAt).toLocaleTimeString()} were restored.</span>
      <Button size="sm" onClick={draft.discard}>
        Discard them
      </Button>
    </div>
  );
}
