import { useSuspenseQuery } from '@tanstack/react-query';
import { endpoint } from '@/api/catalogue';
import { serverQueries } from '@/api/queries/servers';
import { DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { ConsoleTicket } from './console-ticket';
import { fieldsOf, serverName } from './server-fields';

const messages = i18n('servers/server-detail-page', {
  server: params<{ pid: string }>('Virtual server {pid}'),
  servers: 'Servers',
  details: 'Details',
  detailsDescription:
    'The documented answer is a copy of a DNS zone, so every field is shown as the API sent it.',
});

/** GET /v1/manage/server/virtual/{pid} (#26) and its console ticket (#27). */
export function ServerDetailPage({ pid }: { pid: string }) {
  const t = useMessages(messages);
  const { data } = useSuspenseQuery(serverQueries.virtualServer(pid));
  const name = serverName(data);
  return (
    <>
      <PageHeader
        title={name ?? t.server({ pid })}
        description={name ? t.server({ pid }) : undefined}
        crumbs={[{ label: t.servers, to: '/servers' }]}
        explorer={<ExplorerLink endpoint={endpoint('virtualServer.get')} params={{ pid }} />}
      />
      <div className="space-y-6">
        <DetailSection id="server-details" title={t.details} description={t.detailsDescription}>
          <DetailList>
            {fieldsOf(data).map(([field, value]) => (
              <DetailRow key={field} label={field}>
                {value === '' ? <NotSet /> : <span className="break-all">{value}</span>}
              </DetailRow>
            ))}
          </DetailList>
        </DetailSection>
        <ConsoleTicket pid={pid} />
      </div>
    </>
  );
}
