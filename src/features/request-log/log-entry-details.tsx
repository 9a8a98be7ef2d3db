import { Link } from '@tanstack/react-router';
import { forwardRef, type ReactNode, useMemo } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { curlFromLoggedCall } from '../explorer/curl-command';
import { formatTime } from '../explorer/format-time';
import { HeaderList } from '../explorer/header-list';
import { HttpStatus } from '../explorer/http-status';
import { LongText } from '../explorer/long-text';
import { MethodBadge } from '../explorer/method-badge';
import { PathText } from '../explorer/path-text';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { bodyText, rateLimitSummary } from './call-format';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-1.5">
      <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h4>
      {children}
    </section>
  );
}

const dtClass = 'text-slate-600 dark:text-slate-400';
const ddClass = 'min-w-0 break-all text-slate-900 dark:text-slate-100';

/** One call in full, as logged: the key and secrets masked, bodies as plain text. */
export const LogEntryDetails = forwardRef<
  HTMLHeadingElement,
  { call: ApiCallEvent; onBack: () => void; onOpenInExplorer: () => void }
>(function LogEntryDetails({ call, onBack, onOpenInExplorer }, headingRef) {
  const curl = useMemo(() => curlFromLoggedCall(call), [call]);
  const requestBody = useMemo(() => bodyText(call.requestBody), [call]);
  const responseBody = useMemo(() => bodyText(call.responseBody), [call]);
  const rateLimit = rateLimitSummary(call);
  return (
    <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-3">
      <Button size="sm" variant="ghost" onClick={onBack}>
        ← All calls
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
        <dt className={dtClass}>URL</dt>
        <dd className={`${ddClass} font-mono text-xs`}>{call.url}</dd>
        <dt className={dtClass}>Time</dt>
        <dd className={ddClass}>
          <time dateTime={new Date(call.startedAt).toISOString()}>{formatTime(call.startedAt)}</time>,{' '}
          {call.durationMs} ms
        </dd>
        <dt className={dtClass}>Status</dt>
        <dd className={ddClass}>
          <HttpStatus status={call.status} />
          {!call.ok && (
            <span className="ml-2 text-xs font-semibold text-red-700 dark:text-red-400">Failed</span>
          )}
        </dd>
        {(call.code || call.errorKind) && (
          <>
            <dt className={dtClass}>Code</dt>
            <dd className={`${ddClass} font-mono`}>{call.code ?? call.errorKind}</dd>
          </>
        )}
        {call.message && (
          <>
            <dt className={dtClass}>Message</dt>
            <dd className={ddClass}>{call.message}</dd>
          </>
        )}
        {call.meaning && (
          <>
            <dt className={dtClass}>Meaning</dt>
            <dd className={ddClass}>{call.meaning}</dd>
          </>
        )}
        {rateLimit && (
          <>
            <dt className={dtClass}>Rate limit</dt>
            <dd className={ddClass}>{rateLimit}</dd>
          </>
        )}
      </dl>
      <div className="flex flex-wrap gap-2">
        <CopyButton text={curl} label="Copy as curl" />
        {call.endpointId && (
          <Link
            to="/explorer"
            search={{ endpoint: call.endpointId, call: call.id }}
            onClick={onOpenInExplorer}
            className="inline-flex items-center rounded-md bg-teal-700 px-2.5 py-1 text-xs font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:bg-teal-700 dark:hover:bg-teal-600"
          >
            Open in explorer
          </Link>
        )}
      </div>
      <Part title="Request headers">
        <HeaderList headers={call.requestHeaders} />
      </Part>
      <Part title="Request body">
        {requestBody ? (
          <LongText text={requestBody} label="Request body" filename={`request-${call.id}.json`} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No body.</p>
        )}
      </Part>
      <Part title="Response headers">
        <HeaderList headers={call.responseHeaders} emptyText="None (no answer arrived)." />
      </Part>
      <Part title="Response body">
        {call.status !== null && responseBody ? (
          <LongText
            text={responseBody}
            label="Response body"
            filename={`response-${call.id}.txt`}
            type="text/plain"
          />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">No body.</p>
        )}
      </Part>
    </div>
  );
});
