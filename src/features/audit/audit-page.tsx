import { useState, useSyncExternalStore } from 'react';
import { apiOrigin, connectionStore } from '@/api/connection';
import { ListPage } from '@/features/lists/list-view';
import type { ListSearch } from '@/features/lists/sort-order';
import { Button } from '@/features/ui/button';
import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { AUDIT_COLUMNS, AUDIT_INDEX, auditRowKey } from './audit-columns';
import type { AuditEntry } from './audit-entry';
import { exportAuditCsv, exportAuditJson } from './audit-export';
import { type AuditSortKey, DEFAULT_AUDIT_SEARCH } from './audit-list-search';
import { auditStore, clearAudit } from './audit-store';

/** Which outcomes the list shows: `failed` is refused or answer lost (anything not known done). */
type AuditShow = 'all' | 'ok' | 'failed';

const SHOW_CHOICES: readonly { value: AuditShow; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'ok', label: 'Done' },
  { value: 'failed', label: 'Refused or answer lost' },
];

function shows(show: AuditShow, entry: AuditEntry): boolean {
  if (show === 'ok') return entry.outcome.state === 'ok';
  if (show === 'failed') return entry.outcome.state === 'failed' || entry.outcome.state === 'lost';
  return true;
}

function ShowFilter({ value, onChange }: { value: AuditShow; onChange: (show: AuditShow) => void }) {
  return (
    <fieldset className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
      <legend className="float-left mr-2 font-medium">Show</legend>
      {SHOW_CHOICES.map((choice) => (
        <label key={choice.value} className="inline-flex items-center gap-1.5">
          <input
            type="radio"
            name="audit-show"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            className="h-4 w-4 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          />
          {choice.label}
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
  const entries = useSyncExternalStore(auditStore.subscribe, auditStore.get, auditStore.get);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [confirming, setConfirming] = useState(false);
  const [show, setShow] = useState<AuditShow>('all');
  const [search, setSearch] = useState<ListSearch<AuditSortKey>>(DEFAULT_AUDIT_SEARCH);
  const shown = show === 'all' ? entries : entries.filter((entry) => shows(show, entry));
  const none = entries.length === 0 ? 'Nothing recorded yet.' : null;

  return (
    <>
      <ListPage
        listId="audit"
        exportCsv={exportAuditCsv}
        search={search}
        onSearchChange={(next) => setSearch((previous) => ({ ...previous, ...next }))}
        header={{
          title: 'Audit',
          description:
            'The changes this console sent with this key, kept on this device only: newest first, passwords and the key masked.',
          actions: (
            <>
              <Button
                size="sm"
                disabledReason={none}
                onClick={() => exportAuditJson(entries, connection ? apiOrigin(connection.baseUrl) : '')}
              >
                Export JSON
              </Button>
              <Button
                size="sm"
                variant="danger-quiet"
                disabledReason={none}
                onClick={() => setConfirming(true)}
              >
                Clear audit
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
                title: 'No changes recorded yet',
                text: 'Every change the console sends with this key (creating, editing or deleting a customer, user, group, zone and so on) appears here with the values before and after and how it ended. It stays on this device, across reloads and sign-outs, until you clear it.',
              }
            : {
                title: show === 'ok' ? 'No write was done' : 'No write was refused or lost its answer',
                text: 'Choose “All” to see every recorded write.',
              }
        }
        searchLabel="Search the audit"
        placeholder="Customer, field, value, code…"
        noun={['change', 'changes']}
        hint="Search looks at the target, the endpoint, the fields and their values, and the outcome."
        caption="Audit of changes"
        columns={AUDIT_COLUMNS}
        rowKey={auditRowKey}
        minWidthClass="min-w-[36rem]"
      />
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Clear the audit?"
        confirmLabel="Clear audit"
        onConfirm={() => {
          clearAudit();
          setConfirming(false);
        }}
      >
        The {entries.length === 1 ? 'one recorded change' : `${entries.length} recorded changes`} of this key
        are removed from this device. Export them first if you need them.
      </ConfirmDialog>
    </>
  );
}
