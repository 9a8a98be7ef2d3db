import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { isAlreadyGone } from '@/api/queries/already-gone';
import { directoryMutations, directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { BulkToolbar, SelectCheckbox, useSelectedKeys } from '@/features/lists/row-selection';
import { notify } from '@/features/notifications/notify';
import { ApiDateTime } from '@/features/ui/api-date-time';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { EmptyState } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { count, formatNumber, i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import type { SuffixItem, UserSummary } from '../types';
import { suffixLabel } from '../users/upn-fields';
import { DeleteSuffixDialog } from './delete-suffix-dialog';
import { SuffixAddForm } from './suffix-add-form';
import { deleteSuffixes, suffixBulkMessages } from './suffix-bulk-actions';
import { usersWithSuffix } from './users-with-suffix';

const suffixKey = (item: SuffixItem) => item.suffix;

const messages = i18n('directory/suffix-page', {
  title: 'UPN suffixes',
  description: params('Domains the users of customer {customerNumber} can sign in with (name@suffix).'),
  heading: params('Suffixes ({count})'),
  one: 'UPN suffix',
  many: 'UPN suffixes',
  emptyTitle: 'No UPN suffixes yet',
  emptyText: 'Users then sign in with the name the API assigns (e.g. 12345678_1234@4b42.com).',
  selectAll: count({ one: 'Select all {count} suffix', other: 'Select all {count} suffixes' }),
  all: 'All',
  select: params('Select suffix {suffix}'),
  notConfigured: 'not configured yet',
  configured: 'configured',
  users: count({ one: '{count} user', other: '{count} users' }),
  added: ' · added ',
  deleteNamed: params('Delete {suffix}'),
  delete: 'Delete',
  deleted: params('UPN suffix {suffix} deleted'),
  alreadyDeleted: params('UPN suffix {suffix} was already deleted'),
});

/** GET, POST and DELETE /v1/customer/suffix/{customerNumber}. */
export function SuffixPage({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const bulkTexts = useMessages(suffixBulkMessages);
  const { data: suffixes } = useSuspenseQuery(directoryQueries.suffixes(customerNumber));
  const users = useQuery(directoryQueries.users(customerNumber));
  const [deleting, setDeleting] = useState<string | null>(null);
  const selection = useSelectedKeys(suffixes, suffixKey);
  const bulk = useMemo(
    () => listBulk([deleteSuffixes(customerNumber, users.data, bulkTexts)]),
    [customerNumber, users.data, bulkTexts],
  );
  const all = suffixes.length > 0 && selection.selected.length === suffixes.length;

  return (
    <>
      <PageHeader
        crumbs={directoryCrumbs(customerNumber)}
        title={t.title}
        description={t.description({ customerNumber })}
      />
      <div className="space-y-6">
        <SuffixAddForm customerNumber={customerNumber} />
        <section aria-labelledby="suffix-list-heading" className="space-y-3">
          <h2 id="suffix-list-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t.heading({ count: formatNumber(suffixes.length) })}
          </h2>
          <BulkToolbar
            bulk={bulk}
            selected={selection.selected}
            clear={selection.clear}
            noun={[t.one, t.many]}
            boxesShown={suffixes.length > 0}
          />
          {suffixes.length === 0 ? (
            <EmptyState title={t.emptyTitle}>{t.emptyText}</EmptyState>
          ) : (
            <>
              <div className="-my-1 flex items-center gap-1 pl-1 text-sm text-slate-700 dark:text-slate-300">
                <SelectCheckbox
                  checked={all}
                  indeterminate={selection.selected.length > 0 && !all}
                  label={t.selectAll(suffixes.length)}
                  onChange={(on) => selection.setMany(suffixes.map(suffixKey), on)}
                />
                <span aria-hidden="true">{t.all}</span>
              </div>
              <ul className="space-y-2">
                {suffixes.map((suffix) => (
                  <SuffixRow
                    key={suffix.suffix}
                    selected={selection.keys.has(suffix.suffix)}
                    onSelect={(on) => selection.toggle(suffix.suffix, on)}
                    customerNumber={customerNumber}
                    suffix={suffix}
                    userCount={users.data ? usersWithSuffix(users.data, suffix.suffix).length : null}
                    onDelete={() => setDeleting(suffix.suffix)}
                  />
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      {deleting !== null && (
        <SuffixDeletion
          customerNumber={customerNumber}
          suffix={deleting}
          users={users.data}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}

function SuffixRow({
  customerNumber,
  suffix,
  userCount,
  onDelete,
  selected,
  onSelect,
}: {
  selected: boolean;
  onSelect: (on: boolean) => void;
  customerNumber: string;
  suffix: SuffixItem;
  userCount: number | null;
  onDelete: () => void;
}) {
  const t = useMessages(messages);
  const writeOff = useWriteDisabledReason(endpoint('suffix.delete'), { customerNumber });
  return (
    <li className={`${cardClass} flex flex-wrap items-center justify-between gap-3 p-3`}>
      <SelectCheckbox
        checked={selected}
        label={t.select({ suffix: suffixLabel(suffix.suffix) })}
        onChange={onSelect}
      />
      <div className="min-w-0 grow space-y-0.5">
        <p className="font-medium break-all text-slate-900 dark:text-slate-50">
          {suffixLabel(suffix.suffix)}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {[
            suffix.description || null,
            suffix.configured === false ? t.notConfigured : suffix.configured ? t.configured : null,
            userCount === null ? null : t.users(userCount),
          ]
            .filter(Boolean)
            .join(' · ')}
          {suffix.created && (
            <>
              {t.added}
              <ApiDateTime value={suffix.created} />
            </>
          )}
        </p>
      </div>
      <Button
        size="sm"
        variant="danger-quiet"
        disabledReason={writeOff}
        onClick={onDelete}
        aria-label={t.deleteNamed({ suffix: suffixLabel(suffix.suffix) })}
      >
        {t.delete}
      </Button>
    </li>
  );
}

function SuffixDeletion({
  customerNumber,
  suffix,
  users,
  onClose,
}: {
  customerNumber: string;
  suffix: string;
  /** Undefined when the users could not be read. */
  users: readonly UserSummary[] | undefined;
  onClose: () => void;
}) {
  const t = useMessages(messages);
  const removal = useMutation({
    ...directoryMutations.deleteSuffix(customerNumber, suffix),
    meta: { form: true },
  });
  const affected = useMemo(() => (users ? usersWithSuffix(users, suffix) : []), [users, suffix]);
  return (
    <DeleteSuffixDialog
      open
      onClose={onClose}
      suffix={suffix}
      users={affected}
      usersKnown={users !== undefined}
      pending={removal.isPending}
      error={removal.error}
      onConfirm={() =>
        removal.mutate(undefined, {
          onSuccess: (result) => {
            const title = isAlreadyGone(result) ? t.alreadyDeleted({ suffix }) : t.deleted({ suffix });
            notify({ kind: 'success', title });
            onClose();
          },
        })
      }
    />
  );
}
