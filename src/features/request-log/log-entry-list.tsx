import type { ApiCallEvent } from '@/api/call-events';
import { isDocumentedCode } from '@/api/error-catalogue';
import { cx } from '@/features/ui/class-names';
import { EmptyState } from '@/features/ui/empty-state';
import { formatTime } from '@/features/ui/format-time';
import { HttpStatus } from '@/features/ui/http-status';
import { MeaningText } from '@/features/ui/meaning-text';
import { MethodBadge } from '@/features/ui/method-badge';
import { PathText } from '@/features/ui/path-text';
import { i18n, params, useMessages } from '@/i18n';
import { cancelledText, initiatorText, isFailure, rateLimitSummary } from './call-format';
import { CatalogueLink } from './catalogue-link';
import { codeOf } from './log-filter';

const messages = i18n('request-log/log-entry-list', {
  select: params<{ call: string; time: string }>('Select {call} at {time}'),
  failed: 'Failed',
  ms: params<{ ms: number }>('{ms} ms'),
  code: 'Code',
  undocumented: '(not in the API documentation)',
  apiSays: 'API says',
  meaning: 'Meaning',
  rateLimit: params<{ summary: string }>('Rate limit: {summary}'),
  empty: 'Every request the console sends appears here, newest first.',
  list: 'Calls, newest first',
});

function LogEntry({
  call,
  selected,
  onSelect,
  onOpen,
  onNavigate,
}: {
  call: ApiCallEvent;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  onNavigate: () => void;
}) {
  const t = useMessages(messages);
  const failed = isFailure(call);
  const cancelled = cancelledText(call);
  const rateLimit = rateLimitSummary(call);
  const initiator = initiatorText(call);
  const undocumented = call.code !== null && !isDocumentedCode(call.code);
  const label = `${call.method} ${call.path}`;
  return (
    <li
      className={cx(
        'flex gap-2 border-l-4 px-3 py-2',
        failed ? 'border-red-600 bg-red-50/70 dark:border-red-500 dark:bg-red-950/30' : 'border-transparent',
      )}
    >
      <input
        type="checkbox"
        checked={selected}
        onChange={(e) => onSelect(call.id, e.target.checked)}
        aria-label={t.select({ call: label, time: formatTime(call.startedAt) })}
        className="mt-1 h-4 w-4 shrink-0 accent-teal-700"
      />
      <div className="min-w-0 flex-1">
        <button
          type="button"
          data-call-id={call.id}
          onClick={() => onOpen(call.id)}
          className="flex w-full min-w-0 flex-wrap items-center gap-x-2 gap-y-1 rounded text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          <time
            dateTime={new Date(call.startedAt).toISOString()}
            className="font-mono text-xs text-slate-600 dark:text-slate-400"
          >
            {formatTime(call.startedAt)}
          </time>{' '}
          <MethodBadge method={call.method} />{' '}
          <span className="min-w-0 flex-1 basis-40 break-words font-mono text-xs text-slate-900 underline-offset-2 hover:underline dark:text-slate-100">
            <PathText path={call.path} />
          </span>{' '}
          <HttpStatus status={call.status} />{' '}
          {failed && <span className="text-xs font-semibold text-red-700 dark:text-red-400">{t.failed}</span>}{' '}
          {cancelled && (
            <span
              title={cancelled.meaning}
              className="text-xs font-semibold text-slate-700 dark:text-slate-300"
            >
              {cancelled.name}
            </span>
          )}{' '}
          {initiator && (
            <span
              title={initiator.meaning}
              className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
            >
              {initiator.name}
            </span>
          )}{' '}
          <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
            {t.ms({ ms: call.durationMs })}
          </span>
        </button>
        {failed && (
          <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 text-xs text-slate-700 dark:text-slate-300">
            {codeOf(call) && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">{t.code}</dt>
                <dd>
                  <code className="font-mono font-semibold">{codeOf(call)}</code>
                  {undocumented && <span> {t.undocumented}</span>}
                </dd>
              </>
            )}
            {call.message && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">{t.apiSays}</dt>
                <dd className="break-words">{call.message}</dd>
              </>
            )}
            {call.meaning && (
              <>
                <dt className="text-slate-600 dark:text-slate-400">{t.meaning}</dt>
                <dd className="break-words">
                  <MeaningText meaning={call.meaning} message={call.message} />{' '}
                  <CatalogueLink call={call} onNavigate={onNavigate} />
                </dd>
              </>
            )}
          </dl>
        )}
        {rateLimit && (
          <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
            {t.rateLimit({ summary: rateLimit })}
          </p>
        )}
      </div>
    </li>
  );
}

/** The calls, newest first, each with a box to select it for export. */
export function LogEntryList({
  calls,
  emptyTitle,
  selected,
  onSelect,
  onOpen,
  onNavigate,
}: {
  calls: readonly ApiCallEvent[];
  emptyTitle: string;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  /** A link left the drawer (to the error codes page). */
  onNavigate: () => void;
}) {
  const t = useMessages(messages);
  if (calls.length === 0) {
    return (
      <div className="p-4">
        <EmptyState title={emptyTitle}>{t.empty}</EmptyState>
      </div>
    );
  }
  return (
    <ol aria-label={t.list} className="divide-y divide-slate-200 dark:divide-slate-700">
      {calls.map((call) => (
        <LogEntry
          key={call.id}
          call={call}
          selected={selected.has(call.id)}
          onSelect={onSelect}
          onOpen={onOpen}
          onNavigate={onNavigate}
        />
      ))}
    </ol>
  );
}
