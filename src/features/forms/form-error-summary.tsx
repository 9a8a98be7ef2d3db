import { isApiError } from '@/api/api-error';
import { ErrorPanel } from '@/features/ui/error-panel';
import { i18n, useMessages } from '@/i18n';
import { MayHaveBeenSaved } from './lost-answer-panel';

const messages = i18n('forms/form-error-summary', {
  offline: 'Not sent: you are offline',
  network: 'Not saved: the API could not be reached',
  timeout: 'Not saved: no answer in time',
  invalidRequest: 'Not sent: check the form',
  rateLimited: 'Not saved: too many requests',
  refused: 'Not saved: the API refused the request',
  checkSaved: 'Your input is kept: check whether it was saved before submitting again.',
  waitAndResubmit:
    'Your input is kept. The submit button counts down until the API accepts requests again; then submit once more.',
  correct: 'Your input is kept: correct it if needed and submit again.',
  correctMarked: 'Your input is kept: the marked fields say what to change.',
});

/** The error kinds with a title of their own, and its message. */
const TITLES = {
  offline: 'offline',
  network: 'network',
  timeout: 'timeout',
  'invalid-request': 'invalidRequest',
} as const;

/**
 * A failed send's status, code, message and documented meaning, above the submit button. An error
 * that landed on fields (`placed`) has its message there too; this says the rest. The form's
 * values stay as they are, so the user can simply try again.
 */
export function FormErrorSummary({
  error,
  title,
  placed = false,
}: {
  error: unknown;
  title?: string;
  placed?: boolean;
}) {
  const t = useMessages(messages);
  if (error == null) return null;
  const api = isApiError(error) ? error : null;
  if (api?.outcomeUnknown) {
    return (
      <MayHaveBeenSaved error={error} title={title}>
        {t.checkSaved}
      </MayHaveBeenSaved>
    );
  }
  const heading =
    title ??
    (api?.isRateLimited
      ? t.rateLimited
      : api && Object.hasOwn(TITLES, api.kind)
        ? t[TITLES[api.kind as keyof typeof TITLES]]
        : t.refused);
  return (
    <ErrorPanel error={error} title={heading}>
      <p className="mt-2">{api?.isRateLimited ? t.waitAndResubmit : placed ? t.correctMarked : t.correct}</p>
    </ErrorPanel>
  );
}
