import { isApiError } from '@/api/api-error';
import { ErrorPanel } from '../ui/error-panel';
import { MayHaveBeenSaved } from './lost-answer-panel';

const TITLES: Record<string, string> = {
  offline: 'Not sent: you are offline',
  network: 'Not saved: the API could not be reached',
  timeout: 'Not saved: no answer in time',
  'invalid-request': 'Not sent: check the form',
};

/**
 * An error that did not land on a field: status, code, message and documented meaning, above the
 * submit button. The form's values stay as they are, so the user can simply try again.
 */
export function FormErrorSummary({ error, title }: { error: unknown; title?: string }) {
  if (error == null) return null;
  const api = isApiError(error) ? error : null;
  if (api?.outcomeUnknown) {
    return (
      <MayHaveBeenSaved error={error} title={title}>
        Your input is kept: check whether it was saved before submitting again.
      </MayHaveBeenSaved>
    );
  }
  const heading =
    title ??
    (api?.isRateLimited
      ? 'Not saved: too many requests'
      : ((api && TITLES[api.kind]) ?? 'Not saved: the API refused the request'));
  return (
    <ErrorPanel error={error} title={heading}>
      <p className="mt-2">
        {api?.isRateLimited
          ? 'Your input is kept. The submit button counts down until the API accepts requests again; then submit once more.'
          : 'Your input is kept: correct it if needed and submit again.'}
      </p>
    </ErrorPanel>
  );
}
