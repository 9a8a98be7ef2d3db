import { useId } from 'react';
import { isApiError } from '@/api/api-error';
import type { AnyEndpoint } from '@/api/endpoint';
import { ErrorPanel } from '../ui/error-panel';
import { formatTime } from './format-time';
import { HeaderList } from './header-list';
import { HttpStatus, statusText } from './http-status';
import { ResponseBody } from './response-body';
import type { SendOutcome } from './use-send-request';

/** One sentence for screen readers when an answer arrives. */
export function describeOutcome(outcome: SendOutcome): string {
  const status = outcome.event?.status ?? null;
  const head = status === null ? 'No answer' : `Status ${status} ${statusText(status)}`.trim();
  const time = outcome.event ? ` after ${outcome.event.durationMs} ms` : '';
  return outcome.ok ? `Response: ${head}${time}.` : `The request failed: ${head}${time}.`;
}

const headingClass = 'text-sm font-semibold text-slate-900 dark:text-slate-100';

/** What came back: status, duration, headers (rate limit highlighted), body or error. */
export function ResponseView({ endpoint, outcome }: { endpoint: AnyEndpoint; outcome: SendOutcome }) {
  const headingId = useId();
  const { event } = outcome;
  const error = outcome.ok ? null : outcome.error;
  const api = isApiError(error) ? error : null;
  const status = event?.status ?? api?.status ?? null;
  // No event: nothing was sent (no key, or input the client refused).
  const sent = event !== undefined;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-4">
      <h3 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
        Response
      </h3>
      {sent && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          <HttpStatus status={status} />{' '}
          <span>
            in <span className="font-mono">{event.durationMs} ms</span>
          </span>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            at <time dateTime={new Date(event.startedAt).toISOString()}>{formatTime(event.startedAt)}</time>
          </span>
        </p>
      )}
      {error != null && (
        <ErrorPanel
          error={error}
          title={api?.kind === 'http' ? 'The API answered with an error' : 'The request did not complete'}
        />
      )}
      {sent && (
        <div className="space-y-2">
          <h4 className={headingClass}>Response headers</h4>
          <HeaderList headers={event.responseHeaders} emptyText="No headers (no answer arrived)." />
        </div>
      )}
      {(outcome.ok || event?.status != null) && (
        <div className="space-y-2">
          <h4 className={headingClass}>Response body</h4>
          <ResponseBody
            endpoint={endpoint}
            data={outcome.ok ? outcome.result.data : undefined}
            wireBody={event?.responseBody}
            params={event?.params ?? {}}
            // A failed call's string body is the raw text the client kept (e.g. an HTML error page).
            asText={!outcome.ok && typeof event?.responseBody === 'string' && api?.kind !== 'unexpected-body'}
          />
        </div>
      )}
    </section>
  );
}
