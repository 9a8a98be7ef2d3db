import { type ReactElement, type ReactNode, useId } from 'react';
import { i18n, useMessages } from '@/i18n';
import { cx } from './class-names';
import { useHeldWhilePressed } from './use-held-while-pressed';

const messages = i18n('ui/field', { optional: '(optional)' });

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A form of one `Field` and its button side by side (`fieldRowClass` on the form,
 * `besideInputClass` on the button): the button stays level with the input whatever hint or error
 * grows below it. The offset is the label's line (20px) and the gap under it (4px), plus 1px to
 * centre the 36px button on the 38px input.
 */
export const fieldRowClass = 'flex flex-wrap items-start gap-2';
export const besideInputClass = 'mt-[25px]';

/**
 * Label, control, hint and error, wired for screen readers. The control is rendered by the
 * caller with the ids it is given.
 */
export function Field({
  label,
  hint,
  warning,
  optional,
  className,
  children,
  error: errorNow,
}: {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  /** A soft problem that does not block saving (e.g. a failed UID checksum). */
  warning?: ReactNode;
  optional?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactElement;
}) {
  const t = useMessages(messages);
  // A message that appears as a press leaves the field waits for that press's click.
  const error = useHeldWhilePressed(errorNow);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hint && hintId, error && errorId, warning && warningId].filter(Boolean).join(' ');
  return (
    <div className={cx('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
        {/* A real space, so the accessible name reads "Street (optional)", not "Street(optional)". */}
        {optional && (
          <>
            {' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">{t.optional}</span>
          </>
        )}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {warning && (
        <p id={warningId} className="text-sm text-amber-800 dark:text-amber-300">
          {warning}
        </p>
      )}
    </div>
  );
}
