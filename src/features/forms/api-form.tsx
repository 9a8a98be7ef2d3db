import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { capitalise } from '@/features/ui/capitalise';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';
import { DraftRestoredNote } from './draft-restored-note';
import { FormErrorSummary } from './form-error-summary';
import { LostAnswerPanel } from './lost-answer-panel';
import { ServerChangesPanel } from './server-changes-panel';
import { SubmitButton } from './submit-button';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';
import type { useApiForm } from './use-api-form';

// `what` is the area's noun for what the form writes ("the customer"), in the current language.
const messages = i18n('forms/api-form', {
  unchanged: 'Nothing changed yet',
  checkingFirst: 'Checking first whether it was saved',
  savedAbove: 'It was saved: see above',
  uncheckedAbove: 'Whether it was saved is not known: see above',
  sinceDraft: params<{ what: string }>('{what} changed on the server since your draft'),
  conflict: params<{ what: string }>('Not saved: someone changed {what} meanwhile. Your changes are kept.'),
});

type AnyApiForm<T extends FieldValues, TOutput> = Pick<
  ReturnType<typeof useApiForm<T, TOutput, unknown, unknown>>,
  | 'form'
  | 'onSubmit'
  | 'unplacedError'
  | 'pending'
  | 'writeOff'
  | 'draft'
  | 'guard'
  | 'changed'
  | 'submission'
  | 'noun'
  | 'order'
  | 'labels'
>;

/**
 * The frame of every form: why writing is off, the restored-draft notice (with what the server
 * changed since the draft began), the fields (children), the error that landed on no field, a
 * `conflict`'s server changes, a lost answer and what re-reading found, the submit button (one
 * send per click, waits out a 429) and the leave-without-saving question.
 */
export function ApiForm<T extends FieldValues, TOutput>({
  api,
  label,
  submitLabel,
  actions,
  children,
  className = 'space-y-6',
  openLabel,
  requireChange = false,
}: {
  api: AnyApiForm<T, TOutput>;
  /** The form's accessible name. */
  label: string;
  submitLabel: ReactNode;
  /** Beside the submit button, e.g. a cancel link. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** The lost-answer panel's button when the write was found ("Open the customer"). */
  openLabel?: string;
  /** Editing: the submit button is off, saying why, until a field differs from its start. */
  requireChange?: boolean;
}) {
  const t = useMessages(messages);
  const unchanged = requireChange && api.changed.length === 0 ? t.unchanged : null;
  // After a lost answer a send could be a second write: the panel above offers what may follow.
  const { undecided } = api.submission;
  const undecidedReason = undecided
    ? { checking: t.checkingFirst, found: t.savedAbove, unknown: t.uncheckedAbove }[undecided]
    : null;
  return (
    <form onSubmit={api.onSubmit} noValidate className={className} aria-label={label}>
      {api.writeOff && <WarningNote>{api.writeOff}</WarningNote>}
      <DraftRestoredNote draft={api.draft} changed={api.changed.length > 0} />
      <ServerChangesPanel
        form={api.form}
        changes={api.draft.serverChanges}
        labels={api.labels}
        title={t.sinceDraft({ what: capitalise(api.noun) })}
        onDone={api.draft.dismissServerChanges}
      />
      {children}
      <FormErrorSummary
        error={api.unplacedError ?? api.submission.placedError}
        placed={api.unplacedError == null}
      />
      <ServerChangesPanel
        form={api.form}
        changes={api.submission.serverChanges}
        labels={api.labels}
        title={t.conflict({ what: api.noun })}
        onDone={api.submission.dismissServerChanges}
      />
      <LostAnswerPanel submission={api.submission} what={api.noun} openLabel={openLabel} order={api.order} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={api.pending} disabledReason={api.writeOff ?? undecidedReason ?? unchanged}>
          {submitLabel}
        </SubmitButton>
        {actions}
      </div>
      <UnsavedChangesDialog guard={api.guard} />
    </form>
  );
}
