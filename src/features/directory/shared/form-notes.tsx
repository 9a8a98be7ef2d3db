import type { FormDraft } from '@/features/forms/use-form-draft';
import { Button } from '@/features/ui/button';
import { WarningNote } from '@/features/ui/warning-note';

/** Why a form cannot be sent with this key, above the form (the submit button says it too). */
export function ReadOnlyNote({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return <WarningNote>{reason}</WarningNote>;
}

/** Says that unsaved input came back from the draft, with a way to drop it (as the customer forms do). */
export function DraftRestoredNote({ draft, dirty }: { draft: FormDraft; dirty: boolean }) {
  if (draft.restoredAt === null || !dirty) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <span>Your unsaved input from {new Date(draft.restoredAt).toLocaleTimeString()} was restored.</span>
      <Button size="sm" onClick={draft.discard}>
        Discard it
      </Button>
    </div>
  );
}
