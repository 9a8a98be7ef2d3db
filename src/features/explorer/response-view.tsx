import { useId, useMemo } from 'react';
import { isApiError } from '@/api/api-error';
import type { AnyEndpoint } from '@/api/endpoint';
import { redactBody } from '@/api/redaction';
import { ErrorPanel } from '@/features/ui/error-panel';
import { formatTime } from '@/features/ui/format-time';
import { HeaderList } from '@/features/ui/header-list';
import { HttpStatus, statusText } from '@/features/ui/http-status';
import { i18n, params, useMessages } from '@/i18n';
import { ResponseBody } from './response-body';
import type { SendOutcome } from './use-send-request';

const messages = i18n('explorer/response-view', {
  noAnswer: 'No answer',
  status: params<{ status: string }>('Status {status}'),
  after: params<{ ms: number }>('after {ms} ms'),
  response: params<{ outcome: string }>('Response: {outcome}.'),
  failed: params<{ outcome: string }>('The request failed: {outcome}.'),
  title: 'Response',
  inMs: 'in',
  ms: params<{ ms: number }>('{ms} ms'),
  at: 'at',
  apiError: 'The API answered with an error',
  notCompleted: 'The request did not complete',
  headers: 'Response headers',
  noHeaders: 'No headers (no answer arrived).',
  body: 'Response body',
});

/** One sentence for screen readers when an answer arrives, in the language of that moment. */
export function describeOutcome(outcome: SendOutcome): string {
  const t = messages.get();
  const status = outcome.event?.status ?? null;
  const head = status === null ? t.noAnswer : t.status({ status: `${status} ${statusText(status)}`.trim() });
  const time = outcome.event ? ` ${t.after({ ms: outcome.event.durationMs })}` : '';
  return outcome.ok ? t.response({ outcome: `${head}${time}` }) : t.failed({ outcome: `${head}${time}` });
}

const headingClass = 'text-sm font-semibold text-slate-900 dark:text-slate-100';

/** What came back: status, duration, headers (rate limit highlighted), body or error. */
export function ResponseView({ endpoint, outcome }: { endpoint: AnyEndpoint; outcome: SendOutcome }) {
  const t = useMessages(messages);
  const headingId = useId();
  // A generated password is shown once, on the user-created page only; here it is masked.
  const shownData = useMemo(() => (outcome.ok ? redactBody(outcome.result.data) : undefined), [outcome]);
  const { event } = outcome;
  const error = outcome.ok ? null : outcome.error;
  const api = isApiError(error) ? error : null;
  const status = event?.status ?? api?.status ?? null;
  // No event: nothing was sent (no key, or input the client refused).
  const sent = event !== undefined;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-4">
      <h3 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
        {t.title}
      </h3>
      {sent && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
          <HttpStatus status={status} />{' '}
          <span>
            {t.inMs} <span className="font-mono">{t.ms({ ms: event.durationMs })}</span>
          </span>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            {t.at}{' '}
            <time dateTime={new Date(event.startedAt).toISOString()}>{formatTime(event.startedAt)}</time>
          </span>
        </p>
      )}
      {error != null && (
        <ErrorPanel error={error} title={api?.kind === 'http' ? t.apiError : t.notCompleted} />
      )}
      {sent && (
        <div className="space-y-2">
          <h4 className={headingClass}>{t.headers}</h4>
          <HeaderList headers={event.responseHeaders} emptyText={t.noHeaders} />
        </div>
      )}
      {(outcome.ok || event?.status != null) && (
        <div className="space-y-2">
          <h4 className={headingClass}>{t.body}</h4>
          <ResponseBody
            endpoint={endpoint}
            data={shownData}
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
