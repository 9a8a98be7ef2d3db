import { Button } from '@/features/ui/button';
import { firstField } from '@/features/ui/focus-page';
import { formatTime, i18n, params, useMessages } from '@/i18n';
import type { FormDraft } from './use-form-draft';

const messages = i18n('forms/draft-restored-note', {
  restored: params<{ time: string }>('Your unsaved changes from {time} were restored.'),
  discard: 'Discard them',
});

/** Says that unsaved values came back from the draft, with a way to drop them. */
export function DraftRestoredNote({ draft, changed }: { draft: FormDraft; changed: boolean }) {
  const t = useMessages(messages);
  if (draft.restoredAt === null || !changed) return null;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
    >
      <span>{t.restored({ time: formatTime(draft.restoredAt) })}</span>
      <Button
        size="sm"
        onClick={(event) => {
          // The note goes with the draft: the keyboard's place moves to the form's first field.
          const form = event.currentTarget.closest('form');
          draft.discard();
          firstField(form)?.focus();
        }}
      >
        {t.discard}
      </Button>
    </div>
  );
}
