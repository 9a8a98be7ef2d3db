import { Link, useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { type ApiError, isApiError } from '@/api/api-error';
import { codeEdition } from '@/api/error-catalogue';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { i18n, params, useMessages } from '@/i18n';
import { Button } from './button';
import { cx } from './class-names';
import { MeaningText } from './meaning-text';
import { RetryCountdown, useMsUntil } from './retry-countdown';

const messages = i18n('ui/error-panel', {
  failed: 'The request failed',
  lost: 'No answer: this may have been done',
  lostServerError: 'Server error: this may have been done',
  lostUnreadable: 'Unreadable answer: this may have been done',
  lostTextNoAnswer: 'The request may have been carried out although no answer came back.',
  lostTextServerError: 'A server error does not say whether the request was carried out.',
  lostTextUnreadable: 'The request may have been carried out although its answer could not be read.',
  status: 'Status',
  code: 'Code',
  undocumented: '(not in the API documentation)',
  noMessage: 'None in the answer',
  message: 'Message',
  meaning: 'Meaning',
  request: 'Request',
  wait: 'The API asked to wait until the countdown ends.',
  tryAgain: 'Try again',
  about: params<{ entry: string }>('About {entry} in the error codes'),
});

/**
 * Why a write's outcome is unknown (`ApiError.outcomeUnknown`), for its heading: a status above the
 * heading's "No answer" would contradict it.
 */
export function lostCause(error: ApiError): 'noAnswer' | 'serverError' | 'unreadable' {
  if (error.kind === 'http') return 'serverError';
  if (error.kind === 'not-json' || error.kind === 'unexpected-body') return 'unreadable';
  return 'noAnswer';
}

const LOST_TITLES = {
  noAnswer: 'lost',
  serverError: 'lostServerError',
  unreadable: 'lostUnreadable',
} as const;

const LOST_TEXTS = {
  noAnswer: 'lostTextNoAnswer',
  serverError: 'lostTextServerError',
  unreadable: 'lostTextUnreadable',
} as const;

/**
 * Any failure, as the API describes it: status, machine code, message, the documented meaning of
 * the code (or of the status), and which call it was. A write whose answer was lost
 * (`ApiError.outcomeUnknown`) may have happened, so it never gets the failure's `title` ("Not
 * deleted" would be wrong): it says so, under `lostTitle`, with `lostText` (whether trying again is
 * safe).
 */
export function ErrorPanel({
  error,
  title,
  lostTitle,
  lostText,
  onRetry,
  children,
  className,
}: {
  error: unknown;
  title?: string;
  lostTitle?: string;
  lostText?: string;
  onRetry?: () => void;
  children?: ReactNode;
  className?: string;
}) {
  const t = useMessages(messages);
  const api = isApiError(error) ? error : null;
  // A 429's wait is the rate-limit banner's countdown (shown there, and it holds "Try again" as it
  // holds every send button); any other Retry-After is shown here.
  const retryAt = api && !api.isRateLimited ? api.retryAt : null;
  const waitMs = useMsUntil(retryAt);
  return (
    <div
      role="alert"
      className={cx(
        'rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950',
        'dark:border-red-800 dark:bg-red-950/60 dark:text-red-50',
        className,
      )}
    >
      <p className="font-semibold">
        {api?.outcomeUnknown ? (lostTitle ?? t[LOST_TITLES[lostCause(api)]]) : (title ?? t.failed)}
      </p>
      {api ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-red-800 dark:text-red-200">{t.status}</dt>
          <dd>
            {api.status ?? '—'}
            {/* Said once: the Meaning row below gives the status's meaning when the code has none. */}
            {api.statusMeaning && api.statusMeaning !== api.meaning && (
              <span className="text-red-800 dark:text-red-200"> · {api.statusMeaning}</span>
            )}
          </dd>
          <dt className="text-red-800 dark:text-red-200">{t.code}</dt>
          <dd>
            {api.code || api.kind !== 'http' ? (
              <code className="font-mono">{api.code ?? api.kind}</code>
            ) : (
              // An answer without a code (a proxy's HTML 502): `http` is the console's word, not the API's.
              <span className="text-red-800 dark:text-red-200">{t.noMessage}</span>
            )}
            {api.code && codeEdition(api.code) === undefined && (
              <span className="text-red-800 dark:text-red-200"> {t.undocumented}</span>
            )}
            {(api.code || api.status) && <CatalogueLink entry={api.code ?? String(api.status)} />}
          </dd>
          <dt className="text-red-800 dark:text-red-200">{t.message}</dt>
          <dd>
            {api.messageGiven ? (
              api.message
            ) : (
              <span className="text-red-800 dark:text-red-200">{t.noMessage}</span>
            )}
          </dd>
          <dt className="text-red-800 dark:text-red-200">{t.meaning}</dt>
          <dd>
            <MeaningText meaning={api.meaning} message={api.messageGiven ? api.message : null} />
          </dd>
          <dt className="text-red-800 dark:text-red-200">{t.request}</dt>
          <dd className="break-all font-mono text-xs">
            {api.method} {api.path}
          </dd>
        </dl>
      ) : (
        <p className="mt-2">{error instanceof Error ? error.message : String(error)}</p>
      )}
      {retryAt !== null && <RetryCountdown until={retryAt} left={waitMs} />}
      {api?.outcomeUnknown && <p className="mt-2">{t[LOST_TEXTS[lostCause(api)]]}</p>}
      {api?.outcomeUnknown && lostText && <p className="mt-2">{lostText}</p>}
      {children}
      {onRetry && <TryAgain onRetry={onRetry} waiting={waitMs > 0} />}
    </div>
  );
}

/**
 * Off while the panel's own Retry-After runs (`waiting`) or the banner's 429 countdown does: its
 * own component, so only a panel that offers it follows the countdown's second-by-second tick.
 */
function TryAgain({ onRetry, waiting }: { onRetry: () => void; waiting: boolean }) {
  const t = useMessages(messages);
  const { blocked } = useRateLimitCountdown();
  return (
    <Button className="mt-3" size="sm" onClick={onRetry} disabledReason={waiting || blocked ? t.wait : null}>
      {t.tryAgain}
    </Button>
  );
}

/** "What this means" → the error catalogue's entry; outside a router (some tests) a plain link. */
function CatalogueLink({ entry }: { entry: string }) {
  const t = useMessages(messages);
  const router = useRouter({ warn: false });
  const className = 'ml-2 text-xs font-medium text-red-900 underline hover:no-underline dark:text-red-100';
  const label = t.about({ entry });
  return router ? (
    <Link to="/errors" search={{ entry }} className={className}>
      {label}
    </Link>
  ) : (
    <a href={`/errors?entry=${encodeURIComponent(entry)}`} className={className}>
      {label}
    </a>
  );
}
