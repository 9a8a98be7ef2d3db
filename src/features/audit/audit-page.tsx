import { useState, useSyncExternalStore } from 'react';
import { apiOrigin, connectionStore } from '@/api/connection';
import { ListPage } from '@/features/lists/list-view';
import type { ListSearch } from '@/features/lists/sort-order';
import { Button } from '@/features/ui/button';
import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { count, i18n, useMessages } from '@/i18n';
import { AUDIT_INDEX, auditRowKey, useAuditColumns } from './audit-columns';
import type { AuditEntry } from './audit-entry';
import { exportAuditCsv, exportAuditJson } from './audit-export';
import { type AuditSortKey, DEFAULT_AUDIT_SEARCH } from './audit-list-search';
import { auditStore, clearAudit } from './audit-store';

/** Which outcomes the list shows: `failed` is refused or outcome unknown (anything not known done). */
type AuditShow = 'all' | 'ok' | 'failed';

const messages = i18n('audit/audit-page', {
  all: 'All',
  ok: 'Done',
  failed: 'Refused or outcome unknown',
  show: 'Show',
  nothingYet: 'Nothing recorded yet.',
  title: 'Audit',
  description:
    'The changes this console sent with this key, kept on this device only: newest first, passwords and the key masked.',
  exportJson: 'Export JSON',
  clear: 'Clear audit',
  emptyTitle: 'No changes recorded yet',
  emptyText:
    'Every change the console sends with this key (creating, editing or deleting a customer, user, group, zone and so on) appears here with the values before and after and how it ended. It stays on this device, across reloads and sign-outs, until you clear it.',
  noneDone: 'No write was done',
  noneFailed: 'No write was refused or left with its outcome unknown',
  chooseAll: 'Choose “All” to see every recorded write.',
  searchLabel: 'Search the audit',
  placeholder: 'Customer, field, value, code…',
  changeOne: 'change',
  changeMany: 'changes',
  hint: 'Search looks at the target, the endpoint, the fields and their values, and the outcome.',
  caption: 'Audit of changes',
  confirmTitle: 'Clear the audit?',
  confirmText: count({
    one: 'The one recorded change of this key is removed from this device. Export it first if you need it.',
    other:
      'The {count} recorded changes of this key are removed from this device. Export them first if you need them.',
  }),
});

const SHOW_CHOICES: readonly AuditShow[] = ['all', 'ok', 'failed'];

function shows(show: AuditShow, entry: AuditEntry): boolean {
  if (show === 'ok') return entry.outcome.state === 'ok';
  if (show === 'failed') return entry.outcome.state === 'failed' || entry.outcome.state === 'lost';
  return true;
}

function ShowFilter({ value, onChange }: { value: AuditShow; onChange: (show: AuditShow) => void }) {
  const t = useMessages(messages);
  return (
    <fieldset className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
      <legend className="float-left mr-2 font-medium">{t.show}</legend>
      {SHOW_CHOICES.map((choice) => (
        <label key={choice} className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            name="audit-show"
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
            className="h-4 w-4 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          />
          {t[choice]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Every write this console sent with the current key, on this device: what it changed (old → new),
 * how it ended; searchable, exportable, cleared only on request (sign-out keeps it).
 */
export function AuditPage() {
  const t = useMessages(messages);
  const columns = useAuditColumns();
  const entries = useSyncExternalStore(auditStore.subscribe, auditStore.get, auditStore.get);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [confirming, setConfirming] = useState(false);
  const [show, setShow] = useState<AuditShow>('all');
  const [search, setSearch] = useState<ListSearch<AuditSortKey>>(DEFAULT_AUDIT_SEARCH);
  const shown = show === 'all' ? entries : entries.filter((entry) => shows(show, entry));
  const none = entries.length === 0 ? t.nothingYet : null;

  return (
    <>
      <ListPage
        listId="audit"
        exportCsv={exportAuditCsv}
        search={search}
        onSearchChange={(next) => setSearch((previous) => ({ ...previous, ...next }))}
        header={{
          title: t.title,
          description: t.description,
          actions: (
            <>
              <Button
                size="sm"
                disabledReason={none}
                onClick={() => exportAuditJson(entries, connection ? apiOrigin(connection.baseUrl) : '')}
              >
                {t.exportJson}
              </Button>
              <Button
                size="sm"
                variant="danger-quiet"
                disabledReason={none}
                onClick={() => setConfirming(true)}
              >
                {t.clear}
              </Button>
            </>
          ),
        }}
        above={entries.length > 0 && <ShowFilter value={show} onChange={setShow} />}
        items={shown}
        index={AUDIT_INDEX}
        empty={
          entries.length === 0
            ? {
                title: t.emptyTitle,
                text: t.emptyText,
              }
            : {
                title: show === 'ok' ? t.noneDone : t.noneFailed,
                text: t.chooseAll,
              }
        }
        searchLabel={t.searchLabel}
        placeholder={t.placeholder}
        noun={[t.changeOne, t.changeMany]}
        hint={t.hint}
        caption={t.caption}
        columns={columns}
        rowKey={auditRowKey}
        minWidthClass="min-w-[36rem]"
      />
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t.confirmTitle}
        confirmLabel={t.clear}
        onConfirm={() => {
          clearAudit();
          setConfirming(false);
        }}
      >
        {t.confirmText(entries.length)}
      </ConfirmDialog>
    </>
  );
}
