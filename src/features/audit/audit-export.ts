import { csvBlob, toCsv } from '@/features/ui/csv';
import { downloadBlob } from '@/features/ui/download';
import type { AuditEntry, AuditState } from './audit-entry';

export const OUTCOME_LABELS: Readonly<Record<AuditState, string>> = {
  ok: 'Done',
  failed: 'Refused',
  lost: 'Answer lost',
  pending: 'Waiting for the answer',
};

/** `4b42-audit-2026-12-02-0615` */
function fileStem(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `4b42-audit-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}

const CSV_HEADER = [
  'Time (UTC)',
  'Key',
  'Method',
  'Endpoint',
  'Path',
  'Target',
  'Field',
  'Old value',
  'New value',
  'Outcome',
  'Status',
  'Code',
  'Message',
] as const;

/** One row per changed field (one row for a write without fields), oldest last like the page. */
export function auditCsv(entries: readonly AuditEntry[]): string {
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
    const tail = [OUTCOME_LABELS[outcome.state], outcome.status, outcome.code, outcome.message];
    const changes = entry.changes.length > 0 ? entry.changes : [null];
    return changes.map((change) => [
      ...head,
      change?.field,
      change ? (change.old ?? (entry.oldKnown || entry.method !== 'PUT' ? '' : '(not known)')) : '',
      change?.new,
      ...tail,
    ]);
  });
  return toCsv(CSV_HEADER, rows);
}

export function exportAuditCsv(entries: readonly AuditEntry[]): void {
  downloadBlob(csvBlob(auditCsv(entries)), `${fileStem()}.csv`);
}

export function exportAuditJson(entries: readonly AuditEntry[], api: string): void {
  const json = JSON.stringify({ exportedAt: new Date().toISOString(), api, entries }, null, 2);
  downloadBlob(new Blob([json], { type: 'application/json' }), `${fileStem()}.json`);
}
