import { useMemo } from 'react';
import type { ListIndex } from '@/features/lists/list-view';
import { compareNames } from '@/features/lists/text-match';
import { numberOrder, ordinal } from '@/features/lists/use-list-pipeline';
import { cx } from '@/features/ui/class-names';
import { formatUtcDateTime } from '@/features/ui/format-api-date';
import type { TableColumn } from '@/features/ui/table-columns';
import { formatDateTime, i18n, useMessages } from '@/i18n';
import type { AuditEntry, AuditState } from './audit-entry';
import { AuditEntryDetails } from './audit-entry-details';
import { exportMessages } from './audit-export';
import type { AuditSortKey } from './audit-list-search';

const messages = i18n('audit/audit-columns', {
  when: 'When',
  change: 'Change',
  outcome: 'Outcome',
});

/** Problems first when sorted by outcome ascending. */
const OUTCOME_ORDER: Readonly<Record<AuditState, string>> = { lost: '0', failed: '1', pending: '2', ok: '3' };

export const AUDIT_INDEX: ListIndex<AuditEntry, AuditSortKey> = {
  searchable: (e) => [
    e.target,
    e.endpointId,
    e.method,
    e.path,
    exportMessages.get()[e.outcome.state],
    e.outcome.code,
    e.outcome.message,
    e.outcome.status === null ? null : String(e.outcome.status),
    ...e.changes.flatMap((c) => [c.field, c.old, c.new]),
  ],
  columns: {
    time: { value: (e) => numberOrder(e.at), compare: ordinal },
    target: { value: (e) => e.target, compare: compareNames },
    outcome: { value: (e) => OUTCOME_ORDER[e.outcome.state], compare: ordinal },
  },
  tieBreak: (a, b) => b.at - a.at || ordinal(a.id, b.id),
};

const BADGE: Readonly<Record<AuditState, string>> = {
  ok: 'bg-emerald-50 text-emerald-900 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30',
  failed: 'bg-red-50 text-red-900 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
  lost: 'bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30',
  pending:
    'bg-slate-100 text-slate-800 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-400/30',
};

function Outcome({ entry }: { entry: AuditEntry }) {
  const labels = useMessages(exportMessages);
  const { state, status, code } = entry.outcome;
  return (
    <span
      className={cx(
        'inline-flex flex-wrap items-center gap-1 rounded px-1.5 py-0.5 text-xs ring-1',
        BADGE[state],
      )}
    >
      {labels[state]}
      {status !== null && <span className="tabular-nums">{status}</span>}
      {code && <span className="break-all font-mono">{code}</span>}
    </span>
  );
}

/** The columns, following the language. */
export function useAuditColumns() {
  const t = useMessages(messages);
  return useMemo(() => auditColumns(t), [t]);
}

export const auditRowKey = (e: AuditEntry) => e.id;

/** The columns in the current language: call it while rendering (`useMemo` on the messages). */
export const auditColumns = (
  t: ReturnType<typeof messages.get>,
): readonly TableColumn<AuditEntry, AuditSortKey>[] => [
  {
    header: t.when,
    sortKey: 'time',
    width: 'w-[9.5rem]',
    cellClass: 'px-3 py-2 align-top tabular-nums',
    cell: (e) => {
      const date = new Date(e.at);
      return (
        <time dateTime={date.toISOString()} title={formatUtcDateTime(date)}>
          {formatDateTime(date)}
        </time>
      );
    },
  },
  {
    header: t.change,
    sortKey: 'target',
    cellClass: 'px-3 py-2 align-top',
    cell: (e) => (
      <div className="min-w-0">
        <p className="break-words font-medium text-slate-900 dark:text-slate-100">{e.target}</p>
        <p className="break-all font-mono text-xs text-slate-600 dark:text-slate-400">
          {e.method} {e.endpointId}
        </p>
        <AuditEntryDetails entry={e} />
      </div>
    ),
  },
  {
    header: t.outcome,
    sortKey: 'outcome',
    width: 'w-[10rem]',
    cellClass: 'px-3 py-2 align-top',
    cell: (e) => <Outcome entry={e} />,
  },
];
