import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { serverName, serverStatus } from '@/api/domain';
import { serverQueries } from '@/api/queries/servers';
import type { VirtualServerSummary } from '@/api/types';
import { type ListIndex, ListView } from '@/features/lists/list-view';
import { compareNames } from '@/features/lists/text-match';
import { ordinal } from '@/features/lists/use-list-pipeline';
import type { ListPageProps } from '@/features/lists/use-list-search';
import { cx } from '@/features/ui/class-names';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { cellLinkClass, type TableColumn } from '@/features/ui/table-columns';
import { i18n, useMessages } from '@/i18n';
import { IpmiSection } from './ipmi-section';
import type { ServerSortKey } from './server-list-search';

const SERVER_LIST: ListIndex<VirtualServerSummary, ServerSortKey> = {
  searchable: (s) => [s.id, serverName(s), serverStatus(s)],
  columns: {
    id: { value: (s) => s.id.padStart(12, '0'), compare: ordinal },
    name: { value: (s) => serverName(s) ?? '', compare: compareNames },
    status: { value: (s) => serverStatus(s) ?? '', compare: compareNames },
  },
  tieBreak: (a, b) => ordinal(a.id, b.id),
};
const serverKey = (s: VirtualServerSummary) => s.id;

const messages = i18n('servers/server-list-page', {
  productId: 'Product id',
  name: 'Name',
  status: 'Status',
  title: 'Servers',
  description: 'Virtual servers this key can see, and IPMI of dedicated servers.',
  virtualServers: 'Virtual servers',
  noteBefore:
    'The API documentation shows a copy of the DNS zone list as this call’s answer, so the console relies only on each server’s',
  noteAfter: 'and shows the other fields as they come.',
  emptyTitle: 'No virtual servers',
  emptyText: 'The API returned an empty list for this key.',
  searchLabel: 'Search virtual servers',
  placeholder: 'Id, name or status',
  one: 'virtual server',
  many: 'virtual servers',
  hint: 'Search looks at the product id, the name and the status.',
  caption: 'Virtual servers',
});
type Messages = ReturnType<typeof messages.get>;

const columns = (t: Messages): readonly TableColumn<VirtualServerSummary, ServerSortKey>[] => [
  {
    header: t.productId,
    sortKey: 'id',
    width: 'w-[9rem]',
    cellClass: 'px-3',
    text: (s) => s.id,
    cell: (s) => (
      <Link
        to="/servers/$pid"
        params={{ pid: s.id }}
        preload={false}
        className={cx(cellLinkClass, 'font-mono')}
      >
        {s.id}
      </Link>
    ),
  },
  {
    header: t.name,
    sortKey: 'name',
    cellClass: 'truncate px-3',
    title: (s) => serverName(s),
    cell: (s) => serverName(s) ?? <NotSet>—</NotSet>,
  },
  {
    header: t.status,
    sortKey: 'status',
    width: 'w-[8rem]',
    cellClass: 'px-3',
    cell: (s) => serverStatus(s) ?? <NotSet>—</NotSet>,
  },
];

/** GET /v1/manage/server/virtual (#25), and IPMI of dedicated servers (#28) by id. */
export function ServerListPage(props: ListPageProps<ServerSortKey>) {
  const t = useMessages(messages);
  const { data } = useSuspenseQuery(serverQueries.virtual());
  // Stable columns: the virtualised rows are memoised on them (new ones when the language changes).
  const serverColumns = useMemo(() => columns(t), [t]);
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        explorer={<ExplorerLink endpoint={endpoint('virtualServer.list')} />}
      />
      <div className="space-y-6">
        <section aria-labelledby="virtual-servers" className="space-y-3">
          <h2 id="virtual-servers" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t.virtualServers}
          </h2>
          <p role="note" className="text-sm text-slate-600 dark:text-slate-400">
            {/* i18n-ignore: `id` is the API's field name */}
            {t.noteBefore} <span className="font-mono">id</span> {t.noteAfter}
          </p>
          <ListView
            {...props}
            listId="virtual-servers"
            items={data}
            index={SERVER_LIST}
            empty={{ title: t.emptyTitle, text: t.emptyText }}
            searchLabel={t.searchLabel}
            placeholder={t.placeholder}
            noun={[t.one, t.many]}
            hint={t.hint}
            caption={t.caption}
            columns={serverColumns}
            rowKey={serverKey}
            minWidthClass="min-w-[28rem]"
            virtualTestId="server-scroller"
          />
        </section>
        <IpmiSection />
      </div>
    </>
  );
}
