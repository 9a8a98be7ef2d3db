import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { domainLabel } from '@/api/domain/domain-name';
import { isAlreadyGone } from '@/api/queries/already-gone';
import { directoryMutations, directoryQueries } from '@/api/queries/directory';
import { listBulk } from '@/features/bulk/list-bulk';
import { ListPage } from '@/features/lists/list-view';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { notify } from '@/features/notifications/notify';
import { dateTimeColumn } from '@/features/ui/api-date-time';
import { Button } from '@/features/ui/button';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { actionsColumn, type TableColumn } from '@/features/ui/table-columns';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { useOneSend } from '@/features/ui/use-one-send';
import { count, i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import type { UserSummary } from '../types';
import { DeleteSuffixDialog } from './delete-suffix-dialog';
import { SuffixAddForm } from './suffix-add-form';
import { deleteSuffixes, suffixBulkMessages } from './suffix-bulk-actions';
import { SUFFIX_LIST, type SuffixRow, suffixKey, suffixRows } from './suffix-list-index';
import type { SuffixSortKey } from './suffix-list-search';
import { usersWithSuffix } from './users-with-suffix';

const messages = i18n('directory/suffix-page', {
  title: 'UPN suffixes',
  description: params('Domains the users of customer {customerNumber} can sign in with (name@suffix).'),
  one: 'UPN suffix',
  many: 'UPN suffixes',
  emptyTitle: 'No UPN suffixes yet',
  emptyText: 'Users then sign in with the name the API assigns (e.g. 12345678_1234@4b42.com).',
  searchLabel: 'Search suffixes',
  placeholder: 'Domain or description',
  caption: params('UPN suffixes of customer {customerNumber}'),
  suffix: 'Suffix',
  descriptionColumn: 'Description',
  status: 'Status',
  usersColumn: 'Users',
  addedColumn: 'Added',
  actions: 'Actions',
  notConfigured: 'not configured yet',
  configured: 'configured',
  users: count({ one: '{count} user', other: '{count} users' }),
  deleteNamed: params('Delete {suffix}'),
  delete: 'Delete',
  deleted: params('UPN suffix {suffix} deleted'),
  alreadyDeleted: params('UPN suffix {suffix} was already deleted'),
});
type Texts = ReturnType<typeof messages.get>;

function suffixColumns(
  t: Texts,
  deleteOff: string | null,
  onDelete: (suffix: string) => void,
): readonly TableColumn<SuffixRow, SuffixSortKey>[] {
  // The docs give `configured` as 0/1, true/false or leave it out: said only when known.
  const status = (row: SuffixRow) =>
    row.configured === false ? t.notConfigured : row.configured ? t.configured : '';
  return [
    {
      header: t.suffix,
      sortKey: 'suffix',
      width: 'w-[28%]',
      cellClass: 'truncate px-3 font-medium',
      title: (row) => domainLabel(row.suffix),
      cell: (row) => domainLabel(row.suffix),
    },
    {
      header: t.descriptionColumn,
      id: 'description',
      cellClass: 'truncate px-3',
      title: (row) => row.description ?? undefined,
      cell: (row) => row.description || <NotSet>—</NotSet>,
    },
    {
      header: t.status,
      id: 'status',
      width: 'w-[9.5rem]',
      cellClass: 'truncate px-3',
      cell: (row) => status(row) || <NotSet>—</NotSet>,
      text: status,
    },
    {
      header: t.usersColumn,
      sortKey: 'users',
      width: 'w-[6.5rem]',
      cellClass: 'truncate px-3 tabular-nums',
      cell: (row) => (row.users === null ? <NotSet>—</NotSet> : t.users(row.users)),
      text: (row) => (row.users === null ? '' : String(row.users)),
    },
    dateTimeColumn({ header: t.addedColumn, sortKey: 'created', value: (row) => row.created }),
    actionsColumn({
      header: t.actions,
      width: 'w-[6rem]',
      cell: (row) => (
        <Button
          size="sm"
          variant="danger-quiet"
          disabledReason={deleteOff}
          onClick={() => onDelete(row.suffix)}
          aria-label={t.deleteNamed({ suffix: domainLabel(row.suffix) })}
        >
          {t.delete}
        </Button>
      ),
    }),
  ];
}

/** GET, POST and DELETE /v1/customer/suffix/{customerNumber}: the add form over the list of suffixes. */
export function SuffixPage({
  customerNumber,
  ...props
}: { customerNumber: string } & ListPageProps<SuffixSortKey>) {
  const t = useMessages(messages);
  const bulkTexts = useMessages(suffixBulkMessages);
  const { data: suffixes } = useSuspenseQuery(directoryQueries.suffixes(customerNumber));
  const users = useQuery(directoryQueries.users(customerNumber));
  const [deleting, setDeleting] = useState<string | null>(null);
  const deleteOff = useWriteDisabledReason(endpoint('suffix.delete'), { customerNumber });
  const rows = useMemo(() => suffixRows(suffixes, users.data), [suffixes, users.data]);
  const existing = useMemo(() => suffixes.map((item) => item.suffix), [suffixes]);
  const columns = useMemo(() => suffixColumns(t, deleteOff, setDeleting), [t, deleteOff]);
  const bulk = useMemo(
    () => listBulk([deleteSuffixes(customerNumber, users.data, bulkTexts)]),
    [customerNumber, users.data, bulkTexts],
  );

  return (
    <>
      <ListPage
        {...props}
        header={{
          explorer: <ExplorerLink endpoint={endpoint('suffix.list')} params={{ customerNumber }} />,
          crumbs: directoryCrumbs(customerNumber),
          title: t.title,
          description: t.description({ customerNumber }),
        }}
        above={
          <div className="mb-6">
            <SuffixAddForm customerNumber={customerNumber} existing={existing} />
          </div>
        }
        listId="directory-suffixes"
        items={rows}
        index={SUFFIX_LIST}
        empty={{ title: t.emptyTitle, text: t.emptyText }}
        searchLabel={t.searchLabel}
        placeholder={t.placeholder}
        noun={[t.one, t.many]}
        caption={t.caption({ customerNumber })}
        columns={columns}
        rowKey={suffixKey}
        minWidthClass="min-w-[60rem]"
        bulk={bulk}
      />
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
  const { mutation: removal, send } = useOneSend({
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
        send(undefined, {
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
