import { useSuspenseQuery } from '@tanstack/react-query';
import { endpoint } from '@/api/catalogue';
import { serverQueries } from '@/api/queries/servers';
import { DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { ConsoleTicket } from './console-ticket';
import { fieldsOf, serverName } from './server-fields';

/** GET /v1/manage/server/virtual/{pid} (#26) and its console ticket (#27). */
export function ServerDetailPage({ pid }: { pid: string }) {
  const { data } = useSuspenseQuery(serverQueries.virtualServer(pid));
  const name = serverName(data);
  return (
    <>
      <PageHeader
        title={name ?? `Virtual server ${pid}`}
        description={name ? `Virtual server ${pid}` : undefined}
        crumbs={[{ label: 'Servers', to: '/servers' }]}
        explorer={<ExplorerLink endpoint={endpoint('virtualServer.get')} />}
      />
      <div className="space-y-6">
        <DetailSection
          id="server-details"
          title="Details"
          description="The documented answer is a copy of a DNS zone, so every field is shown as the API sent it."
        >
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
