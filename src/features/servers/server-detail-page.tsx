import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { serverName } from '@/api/domain';
import { serverQueries } from '@/api/queries/servers';
import { cellLinkClass } from '@/features/ui/class-names';
import { DateRow, DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { ConsoleTicket } from './console-ticket';
import { fieldsOf } from './server-fields';

const messages = i18n('servers/server-detail-page', {
  server: params<{ pid: string }>('Virtual server {pid}'),
  servers: 'Servers',
  details: 'Details',
  detailsDescription:
    'The documented answer is a copy of a DNS zone, so every field the API sends is shown, under its own name.',
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
            {fieldsOf(data).map((field) =>
              field.kind === 'date' ? (
                <DateRow key={field.name} label={field.name} value={field.date} />
              ) : (
                <DetailRow key={field.name} label={field.name}>
                  {field.kind === 'customer' ? (
                    <Link
                      to="/customers/$customerNumber"
                      params={{ customerNumber: field.customerNumber }}
                      className={cellLinkClass}
                    >
                      {field.customerNumber}
                    </Link>
                  ) : field.text === '' ? (
                    <NotSet />
                  ) : (
                    <span className="break-all">{field.text}</span>
                  )}
                </DetailRow>
              ),
            )}
          </DetailList>
        </DetailSection>
        <ConsoleTicket pid={pid} />
      </div>
    </>
  );
}
