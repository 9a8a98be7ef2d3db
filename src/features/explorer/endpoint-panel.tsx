import { useEffect, useId, useMemo, useRef } from 'react';
import { areaName } from '@/api/area-names';
import type { AnyEndpoint } from '@/api/endpoint';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { cardClass, cx } from '@/features/ui/class-names';
import { LongText } from '@/features/ui/long-text';
import { MethodBadge } from '@/features/ui/method-badge';
import { PathText } from '@/features/ui/path-text';
import { i18n, params, useMessages } from '@/i18n';
import type { RequestStart } from './prefill';
import { RequestForm } from './request-form';
import { describeOutcome, ResponseView } from './response-view';
import { useSendRequest } from './use-send-request';

const messages = i18n('explorer/endpoint-panel', {
  id: 'Id',
  area: 'Area',
  documentedIn: 'Documented in',
  current: 'Current docs',
  older: 'Older docs',
  answers: 'Answers',
  pdf: 'a PDF document',
  docNote: 'Note on the docs:',
  example: 'Documented example response',
  rateLimited: params<{ seconds: number }>('Rate limited: the API accepts requests again in {seconds} s.'),
  sending: 'Sending the request…',
});

/** One endpoint: what the docs say, a form to call it, and what came back. */
export function EndpointPanel({
  endpoint,
  start,
  focusHeading,
}: {
  endpoint: AnyEndpoint;
  start?: RequestStart | undefined;
  /** Move focus here when the user picked the endpoint (not on a shared link's first load). */
  focusHeading: boolean;
}) {
  const t = useMessages(messages);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { send, pending, outcome } = useSendRequest(endpoint);
  const waitSeconds = useRateLimitCountdown().secondsLeft;
  const example = useMemo(
    () => (endpoint.example === undefined ? null : JSON.stringify(endpoint.example, null, 2)),
    [endpoint],
  );

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  return (
    <section aria-labelledby={headingId} className={cx(cardClass, 'min-w-0 space-y-6 p-4 sm:p-5')}>
      <header className="space-y-2">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="flex min-w-0 flex-wrap items-center gap-2 text-lg font-semibold text-slate-900 focus:outline-none focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-50"
        >
          <MethodBadge method={endpoint.method} />{' '}
          <code className="min-w-0 break-words font-mono text-base">
            <PathText path={endpoint.path} />
          </code>
        </h2>
        <p className="text-slate-800 dark:text-slate-200">{endpoint.summary}</p>
        <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          <div className="flex gap-1">
            <dt>{t.id}</dt>
            <dd className="font-mono text-slate-800 dark:text-slate-200">{endpoint.id}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t.area}</dt>
            <dd className="text-slate-800 dark:text-slate-200">{areaName(endpoint.area)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t.documentedIn}</dt>
            <dd className="text-slate-800 dark:text-slate-200">{t[endpoint.edition]}</dd>
          </div>
          {endpoint.responseKind === 'pdf' && (
            <div className="flex gap-1">
              <dt>{t.answers}</dt>
              <dd className="text-slate-800 dark:text-slate-200">{t.pdf}</dd>
            </div>
          )}
        </dl>
        {endpoint.docNote && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100">
            <span className="font-semibold">{t.docNote} </span>
            {endpoint.docNote}
          </p>
        )}
        {example !== null && (
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700 dark:text-slate-300">{t.example}</summary>
            <LongText
              className="mt-2"
              text={example}
              label={t.example}
              filename={`${endpoint.id}-example.json`}
            />
          </details>
        )}
      </header>
      <RequestForm
        endpoint={endpoint}
        start={start}
        pending={pending}
        waitReason={waitSeconds > 0 ? t.rateLimited({ seconds: waitSeconds }) : null}
        onSend={send}
      />
      {/* Present from the start, so the change is announced. */}
      <p role="status" className="sr-only">
        {pending ? t.sending : outcome ? describeOutcome(outcome) : ''}
      </p>
      {outcome && <ResponseView endpoint={endpoint} outcome={outcome} />}
    </section>
  );
}
