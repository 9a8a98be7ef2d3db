import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { countryLabel, countrySearchTexts } from '@/api/domain/countries';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import type { AutonomousSystem } from '@/api/types';
import { type ListIndex, ListPage } from '@/features/lists/list-view';
import { numberOrder, ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { dateTimeColumn } from '@/features/ui/api-date-time';
import { Button } from '@/features/ui/button';
import { DeleteDialog } from '@/features/ui/delete-dialog';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LinkButton, WriteLinkButton } from '@/features/ui/link-button';
import { actionsColumn, type TableColumn } from '@/features/ui/table-columns';
import { useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';
import { asLabel } from './asn-label';
import type { ASN_SORT_KEYS } from './list-search';
import { PricingTable } from './pricing-table';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

type SortKey = (typeof ASN_SORT_KEYS)[number];

const messages = i18n('internet/asn-list-page', {
  title: 'AS numbers',
  description: 'Autonomous system numbers registered for you, what they cost, and new orders.',
  asNumber: 'AS number',
  name: 'Name',
  organisation: 'Organisation',
  country: 'Country',
  website: 'Website',
  created: 'Created',
  actions: 'Actions',
  edit: 'Edit',
  delete: 'Delete',
  abuse: 'Abuse',
  abuseTitle: params<{ as: string }>('Abuse reports for {as}'),
  order: 'Order an AS number',
  emptyTitle: 'No AS numbers yet',
  emptyText: 'Order one below the prices; it appears here once registered.',
  search: 'Search AS numbers',
  placeholder: 'AS number, name, organisation or country',
  one: 'AS number',
  many: 'AS numbers',
  deleteTitle: params<{ as: string }>('Delete {as}?'),
  deleteConfirm: 'Delete AS number',
  protectedTitle: params<{ as: string }>('{as} is protected'),
  protectedText:
    'The API refuses to delete this AS number (409 protected): it carries other resources, such as the provider’s own network. Nothing was changed.',
  returned: params<{ as: string }>(
    '{as} is returned to the registry. Routes announced from it stop being accepted.',
  ),
  returnedNamed: params<{ as: string; name: string }>(
    '{as} ({name}) is returned to the registry. Routes announced from it stop being accepted.',
  ),
});

const text = (a: string, b: string) => a.localeCompare(b);

const ASN_LIST: ListIndex<AutonomousSystem, SortKey> = {
  searchable: (a) => [asLabel(a), a.name, a.org, ...countrySearchTexts(a.country)],
  columns: {
    asn: { value: (a) => numberOrder(a.asn ?? 0), compare: ordinal },
    name: { value: (a) => a.name ?? '', compare: text },
    org: { value: (a) => a.org ?? '', compare: text },
    country: { value: (a) => countryLabel(a.country), compare: text },
  },
};
const asnKey = (a: AutonomousSystem) => String(a.id ?? a.asn);

/** GET /v1/internet/resources/autonomous_system with prices, ordering and delete. */
export function AsnListPage(props: ListPageProps<SortKey>) {
  const { data } = useSuspenseQuery(internetQueries.asns());
  const [deleting, setDeleting] = useState<AutonomousSystem | null>(null);
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  const orderOff = useWriteDisabledReason(endpoint('asn.create'));
  const deleteOff = useWriteDisabledReason(endpoint('asn.delete'));
  const columns: readonly TableColumn<AutonomousSystem, SortKey>[] = [
    {
      header: t.asNumber,
      sortKey: 'asn',
      width: 'w-28',
      cellClass: 'px-3 font-medium tabular-nums',
      cell: asLabel,
    },
    {
      header: t.name,
      sortKey: 'name',
      width: 'w-44',
      cellClass: 'px-3 truncate',
      cell: (a) => a.name || <NotSet />,
    },
    {
      header: t.organisation,
      sortKey: 'org',
      width: 'w-40',
      cellClass: 'px-3 font-mono text-xs',
      cell: (a) => a.org || <NotSet />,
    },
    {
      header: t.country,
      sortKey: 'country',
      width: 'w-40',
      cellClass: 'px-3 truncate',
      cell: (a) => countryLabel(a.country) || <NotSet />,
    },
    // What else the API gives each AS number, for the Columns menu (and the CSV once shown).
    {
      id: 'url',
      header: t.website,
      optional: true,
      width: 'w-48',
      cellClass: 'px-3 truncate',
      title: (a) => a.url ?? undefined,
      cell: (a) => a.url || <NotSet />,
    },
    dateTimeColumn({ header: t.created, value: (a) => a.created, id: 'created', optional: true }),
    actionsColumn({
      header: t.actions,
      width: 'w-52',
      cell: (a) =>
        a.id == null ? null : (
          <>
            <WriteLinkButton
              to="/internet/asns/$id/edit"
              params={{ id: String(a.id) }}
              size="sm"
              variant="ghost"
              writes={endpoint('asn.update')}
            >
              {t.edit} <span className="sr-only">{asLabel(a)}</span>
            </WriteLinkButton>
            {a.asn != null && (
              <LinkButton
                to="/internet/abuse"
                search={{ resource: asLabel(a) }}
                size="sm"
                variant="ghost"
                title={t.abuseTitle({ as: asLabel(a) })}
              >
                {t.abuse} <span className="sr-only">{asLabel(a)}</span>
              </LinkButton>
            )}
            <Button
              size="sm"
              variant="danger-quiet"
              disabledReason={deleteOff}
              onClick={() => setDeleting(a)}
            >
              {t.delete} <span className="sr-only">{asLabel(a)}</span>
            </Button>
          </>
        ),
    }),
  ];
  return (
    <>
      <ListPage
        {...props}
        header={{
          title: t.title,
          description: t.description,
          crumbs: [crumb],
          explorer: <ExplorerLink endpoint={endpoint('asn.list')} />,
          actions: (
            <WriteLinkButton to="/internet/asns/new" variant="primary" writes={endpoint('asn.create')}>
              {t.order}
            </WriteLinkButton>
          ),
        }}
        above={
          <>
            <InternetSectionNav />
            {orderOff && <WarningNote className="mb-4">{orderOff}</WarningNote>}
          </>
        }
        below={<PricingTable />}
        listId="as-numbers"
        items={data}
        index={ASN_LIST}
        // The docs' example answer is `{}`: read as "none yet".
        empty={{
          title: t.emptyTitle,
          text: t.emptyText,
        }}
        searchLabel={t.search}
        placeholder={t.placeholder}
        noun={[t.one, t.many]}
        caption={t.title}
        columns={columns}
        rowKey={asnKey}
        minWidthClass="min-w-[49rem]"
      />
      {deleting && <AsnDeleteDialog as={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function AsnDeleteDialog({ as, onClose }: { as: AutonomousSystem; onClose: () => void }) {
  const t = useMessages(messages);
  const id = String(as.id);
  const label = asLabel(as);
  const { removal, remove } = useDeletion(internetMutations.deleteAsn(id), {
    what: asLabel(as),
    onDeleted: onClose,
  });
  return (
    <DeleteDialog
      open
      onClose={onClose}
      title={t.deleteTitle({ as: label })}
      confirmLabel={t.deleteConfirm}
      typeToConfirm={asLabel(as)}
      mutation={removal}
      onConfirm={remove}
      conflicts={{
        protected: {
          title: t.protectedTitle({ as: label }),
          text: t.protectedText,
        },
      }}
    >
      <p>{as.name ? t.returnedNamed({ as: label, name: as.name }) : t.returned({ as: label })}</p>
    </DeleteDialog>
  );
}
