import { useId } from 'react';
import type { ApiCallEvent } from '@/api/call-events';
import { formatTime } from '../explorer/format-time';
import { HttpStatus } from '../explorer/http-status';
import { MethodBadge } from '../explorer/method-badge';
import { PathText } from '../explorer/path-text';
import { Button } from '../ui/button';
import { cx } from '../ui/class-names';
import { EmptyState } from '../ui/empty-state';
import { rateLimitSummary } from './call-format';

export type LogFilter = 'all' | 'failures';

const FILTERS: readonly { value: LogFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'failures', label: 'Failures only' },
];

function LogEntry({ call, onOpen }: { call: ApiCallEvent; onOpen: (id: string) => void }) {
  const failed = !call.ok;
  const rateLimit = rateLimitSummary(call);
  return (
    <li
      className={cx(
        'border-l-4 px-3 py-2',
        failed ? 'border-red-600 bg-red-50/70 dark:border-red-500 dark:bg-red-950/30' : 'border-transparent',
      )}
    >
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
        {failed && <span className="text-xs font-semibold text-red-700 dark:text-red-400">Failed</span>}{' '}
        <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{call.durationMs} ms</span>
      </button>
      {(call.code || (failed && call.meaning)) && (
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
          {call.code && <code className="font-mono font-semibold">{call.code}</code>} {call.meaning}
        </p>
      )}
      {rateLimit && (
        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">Rate limit: {rateLimit}</p>
      )}
    </li>
  );
}

/** The calls, newest first, with a failures-only filter and "Clear". */
export function LogEntryList({
  calls,
  filter,
  onFilterChange,
  onOpen,
  onClear,
}: {
  calls: readonly ApiCallEvent[];
  filter: LogFilter;
  onFilterChange: (filter: LogFilter) => void;
  onOpen: (id: string) => void;
  onClear: () => void;
}) {
  const name = useId();
  const failures = calls.filter((c) => !c.ok);
  const shown = filter === 'failures' ? failures : calls;
  const counts: Record<LogFilter, number> = { all: calls.length, failures: failures.length };
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <fieldset className="flex flex-wrap gap-1">
          <legend className="sr-only">Show</legend>
          {FILTERS.map((f) => (
            <label
              key={f.value}
              className={cx(
                'cursor-pointer rounded-md border px-2.5 py-1 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-600',
                filter === f.value
                  ? 'border-teal-700 bg-teal-50 text-teal-950 dark:border-teal-400 dark:bg-teal-950/60 dark:text-teal-50'
                  : 'border-slate-300 text-slate-800 dark:border-slate-600 dark:text-slate-200',
              )}
            >
              <input
                type="radio"
                name={name}
                value={f.value}
                checked={filter === f.value}
                onChange={() => onFilterChange(f.value)}
                className="sr-only"
              />
              {f.label} ({counts[f.value]})
            </label>
          ))}
        </fieldset>
        <Button size="sm" onClick={onClear} disabled={calls.length === 0}>
          Clear
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {shown.length === 0 ? (
          <div className="p-4">
            <EmptyState
              title={filter === 'failures' && calls.length > 0 ? 'No failed calls' : 'No calls yet'}
            >
              Every request the console sends appears here, newest first.
            </EmptyState>
          </div>
        ) : (
          <ol aria-label="Calls, newest first" className="divide-y divide-slate-200 dark:divide-slate-700">
            {shown.map((call) => (
              <LogEntry key={call.id} call={call} onOpen={onOpen} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
