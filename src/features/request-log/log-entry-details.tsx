import { Link } from '@tanstack/react-router';
import { forwardRef, type ReactNode, useMemo } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { Button } from '@/features/ui/button';
import { CopyButton } from '@/features/ui/copy-button';
import { curlFromLoggedCall } from '@/features/ui/curl-command';
import { formatTime } from '@/features/ui/format-time';
import { HeaderList } from '@/features/ui/header-list';
import { HttpStatus } from '@/features/ui/http-status';
import { LongText } from '@/features/ui/long-text';
import { MeaningText } from '@/features/ui/meaning-text';
import { MethodBadge } from '@/features/ui/method-badge';
import { PathText } from '@/features/ui/path-text';
import { i18n, params, useMessages } from '@/i18n';
import { bodyText, cancelledText, initiatorText, isFailure, rateLimitSummary } from './call-format';
import { CatalogueLink } from './catalogue-link';
import { codeOf } from './log-filter';
import { SendAgain } from './send-again';

const messages = i18n('request-log/log-entry-details', {
  allCalls: '← All calls',
  url: 'URL',
  sentAt: 'Sent at',
  duration: 'Duration',
  durationValue: params<{ ms: number }>('{ms} ms (request sent to answer read)'),
  status: 'Status',
  failed: 'Failed',
  code: 'Code',
  apiSays: 'API says',
  meaning: 'Meaning',
  rateLimit: 'Rate limit',
  initiator: 'Initiator',
  copyCurl: 'Copy as curl',
  openInExplorer: 'Open in explorer',
  sendAgain: 'Send again',
  requestHeaders: 'Request headers',
  requestBody: 'Request body',
  copyRequestBody: 'Copy request body',
  noBody: 'No body.',
  responseHeaders: 'Response headers',
  noAnswer: 'None (no answer arrived).',
  responseBody: 'Response body',
  copyResponseBody: 'Copy response body',
});

function Part({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h4>
        {action}
      </div>
      {children}
    </section>
  );
}

const dtClass = 'text-slate-600 dark:text-slate-400';
const ddClass = 'min-w-0 break-words text-slate-900 dark:text-slate-100';

/** One call in full, as logged: the key and secrets masked, bodies as plain text. */
export const LogEntryDetails = forwardRef<
  HTMLHeadingElement,
  {
    call: ApiCallEvent;
    onBack: () => void;
    /** A link left the drawer (explorer, error codes). */
    onNavigate: () => void;
    /** An imported call is not this tab's: it can be read and sent again, not opened in the explorer. */
    imported?: boolean;
  }
>(function LogEntryDetails({ call, onBack, onNavigate, imported = false }, headingRef) {
  const t = useMessages(messages);
  const curl = useMemo(() => curlFromLoggedCall(call), [call]);
  const requestBody = useMemo(() => bodyText(call.requestBody), [call]);
  const responseBody = useMemo(() => bodyText(call.responseBody), [call]);
  const rateLimit = rateLimitSummary(call);
  const initiator = initiatorText(call);
  const cancelled = cancelledText(call);
  return (
    <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-3">
      <Button size="sm" variant="ghost" onClick={onBack}>
        {t.allCalls}
      </Button>
      <h3
        ref={headingRef}
        tabIndex={-1}
        className="flex min-w-0 flex-wrap items-center gap-2 text-base font-semibold text-slate-900 focus:outline-none focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-slate-50"
      >
        <MethodBadge method={call.method} />{' '}
        <span className="min-w-0 break-words font-mono text-sm">
          <PathText path={call.path} />
        </span>
      </h3>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className={dtClass}>{t.url}</dt>
        <dd className={`${ddClass} break-all font-mono text-xs`}>{call.url}</dd>
        <dt className={dtClass}>{t.sentAt}</dt>
        <dd className={ddClass}>
          <time dateTime={new Date(call.startedAt).toISOString()}>{formatTime(call.startedAt)}</time>
        </dd>
        <dt className={dtClass}>{t.duration}</dt>
        <dd className={ddClass}>{t.durationValue({ ms: call.durationMs })}</dd>
        <dt className={dtClass}>{t.status}</dt>
        <dd className={ddClass}>
          <HttpStatus status={call.status} />
          {isFailure(call) && (
            <span className="ml-2 text-xs font-semibold text-red-700 dark:text-red-400">{t.failed}</span>
          )}
          {cancelled && (
            <span className="ml-2 text-xs text-slate-700 dark:text-slate-300">
              <strong className="font-semibold">{cancelled.name}</strong>: {cancelled.meaning}
            </span>
          )}
        </dd>
        {codeOf(call) && (
          <>
            <dt className={dtClass}>{t.code}</dt>
            <dd className={`${ddClass} font-mono`}>{codeOf(call)}</dd>
          </>
        )}
        {call.message && (
          <>
            <dt className={dtClass}>{t.apiSays}</dt>
            <dd className={ddClass}>{call.message}</dd>
          </>
        )}
        {call.meaning && (
          <>
            <dt className={dtClass}>{t.meaning}</dt>
            <dd className={ddClass}>
              <MeaningText meaning={call.meaning} message={call.message} />{' '}
              <CatalogueLink call={call} onNavigate={onNavigate} />
            </dd>
          </>
        )}
        {initiator && (
          <>
            <dt className={dtClass}>{t.initiator}</dt>
            <dd className={ddClass}>
              <strong className="font-semibold">{initiator.name}.</strong> {initiator.meaning}
            </dd>
          </>
        )}
        {rateLimit && (
          <>
            <dt className={dtClass}>{t.rateLimit}</dt>
            <dd className={ddClass}>{rateLimit}</dd>
          </>
        )}
      </dl>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={curl} label={t.copyCurl} />
        {call.endpointId && !imported && (
          <Link
            to="/explorer"
            search={{ endpoint: call.endpointId, call: call.id }}
            onClick={onNavigate}
            className="inline-flex items-center rounded-md bg-teal-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:bg-teal-700 dark:hover:bg-teal-600"
          >
            {t.openInExplorer}
          </Link>
        )}
      </div>
      <Part title={t.sendAgain}>
        <SendAgain key={call.id} call={call} />
      </Part>
      <Part title={t.requestHeaders}>
        <HeaderList headers={call.requestHeaders} />
      </Part>
      <Part
        title={t.requestBody}
        action={requestBody ? <CopyButton text={requestBody} label={t.copyRequestBody} /> : null}
      >
        {requestBody ? (
          <LongText text={requestBody} label={t.requestBody} filename={`request-${call.id}.json`} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.noBody}</p>
        )}
      </Part>
      <Part title={t.responseHeaders}>
        <HeaderList headers={call.responseHeaders} emptyText={t.noAnswer} />
      </Part>
      <Part
        title={t.responseBody}
        action={
          call.status !== null && responseBody ? (
            <CopyButton text={responseBody} label={t.copyResponseBody} />
          ) : null
        }
      >
        {call.status !== null && responseBody ? (
          <LongText
            text={responseBody}
            label={t.responseBody}
            filename={`response-${call.id}.txt`}
            type="text/plain"
          />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.noBody}</p>
        )}
      </Part>
    </div>
  );
});
