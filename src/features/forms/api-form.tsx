import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Button } from '../ui/button';
import { FormErrorSummary } from './form-error-summary';
import { SubmitButton } from './submit-button';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';
import type { useApiForm } from './use-api-form';

type AnyApiForm = Pick<
  ReturnType<typeof useApiForm<FieldValues, unknown, unknown, unknown>>,
  'onSubmit' | 'unplacedError' | 'pending' | 'writeOff' | 'draft' | 'guard' | 'changed'
>;

/**
 * The frame of every form: why writing is off, the restored-draft notice, the fields (children),
 * the error that landed on no field, the submit button (one send per click, waits out a 429) and
 * the leave-without-saving question.
 */
export function ApiForm({
  api,
  label,
  submitLabel,
  actions,
  children,
  className = 'space-y-6',
}: {
  api: AnyApiForm;
  /** The form's accessible name. */
  label: string;
  submitLabel: ReactNode;
  /** Beside the submit button, e.g. a cancel link. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <form onSubmit={api.onSubmit} noValidate className={className} aria-label={label}>
      {api.writeOff && (
        <p
          role="note"
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        >
          {api.writeOff}
        </p>
      )}
      {api.draft.restoredAt !== null && api.changed.length > 0 && (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
        >
          <span>
            Your unsaved changes from {new Date(api.draft.restoredAt).toLocaleTimeString()} were restored.
          </span>
          <Button size="sm" onClick={api.draft.discard}>
            Discard them
          </Button>
        </div>
      )}
      {children}
      <FormErrorSummary error={api.unplacedError} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={api.pending} disabledReason={api.writeOff}>
          {submitLabel}
        </SubmitButton>
        {actions}
      </div>
      <UnsavedChangesDialog guard={api.guard} />
    </form>
  );
}
