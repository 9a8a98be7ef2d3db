import { csvBlob, toCsv } from '@/features/ui/csv';
import { downloadBlob, fileStamp } from '@/features/ui/download';
import { i18n } from '@/i18n';
import type { AuditEntry } from './audit-entry';

/** Each outcome's name (keys are the `AuditState`s) and the CSV file's column names. */
export const exportMessages = i18n('audit/audit-export', {
  ok: 'Done',
  failed: 'Refused',
  lost: 'Outcome unknown',
  pending: 'Waiting for the answer',
  time: 'Time (UTC)',
  key: 'Key',
  method: 'Method',
  endpoint: 'Endpoint',
  path: 'Path',
  target: 'Target',
  field: 'Field',
  oldValue: 'Old value',
  newValue: 'New value',
  outcome: 'Outcome',
  status: 'Status',
  code: 'Code',
  message: 'Message',
  notKnown: '(not known)',
});

/** `4b42-audit-2026-12-02-0615` */
const fileStem = () => `4b42-audit-${fileStamp()}`;

const CSV_COLUMNS = [
  'time',
  'key',
  'method',
  'endpoint',
  'path',
  'target',
  'field',
  'oldValue',
  'newValue',
  'outcome',
  'status',
  'code',
  'message',
] as const;

/** One row per changed field (one row for a write without fields), oldest last like the page. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const t = exportMessages.get();
  const rows = entries.flatMap((entry) => {
    const { outcome } = entry;
    const head = [
      new Date(entry.at).toISOString(),
      entry.key,
      entry.method,
      entry.endpointId,
      entry.path,
      entry.target,
    ];
    const tail = [t[outcome.state], outcome.status, outcome.code, outcome.message];
    const changes = entry.changes.length > 0 ? entry.changes : [null];
    return changes.map((change) => [
      ...head,
      change?.field,
      change ? (change.old ?? (entry.oldKnown || entry.method !== 'PUT' ? '' : t.notKnown)) : '',
      change?.new,
      ...tail,
    ]);
  });
  return toCsv(
    CSV_COLUMNS.map((column) => t[column]),
    rows,
  );
}

export function exportAuditCsv(entries: readonly AuditEntry[]): void {
  downloadBlob(csvBlob(auditCsv(entries)), `${fileStem()}.csv`);
}

export function exportAuditJson(entries: readonly AuditEntry[], api: string): void {
  const json = JSON.stringify({ exportedAt: new Date().toISOString(), api, entries }, null, 2);
  downloadBlob(new Blob([json], { type: 'application/json' }), `${fileStem()}.json`);
}
