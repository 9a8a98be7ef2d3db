import { Link } from '@tanstack/react-router';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';
import { i18n, params, useMessages } from '@/i18n';

/** What the server routes show while loading, on a failed load and on a path that cannot be a server. */
const messages = i18n('servers/server-route-states', {
  loadingList: 'Loading virtual servers…',
  loadingServer: 'Loading the server…',
  servers: 'Servers',
  theServers: 'the virtual servers',
  server: params<{ pid: string }>('Virtual server {pid}'),
  theServer: 'the server',
  noServer: params<{ pid: string }>('No virtual server {pid} for this key'),
  notAServer: 'Not a server id',
  digitsOnly: 'is not a product id: it has digits only.',
  back: 'Back to all servers',
});

/** Product ids are digits in every example; anything else cannot name a server, so it is not requested. */
export const isProductId = (value: string) => /^\d{1,12}$/.test(value);

export function ServersLoading() {
  const t = useMessages(messages);
  return <LoadingState label={t.loadingList} />;
}

export function ServersLoadError({ error }: { error: unknown }) {
  const t = useMessages(messages);
  return <RouteLoadError error={error} title={t.servers} what={t.theServers} />;
}

export function ServerLoading() {
  const t = useMessages(messages);
  return <LoadingState label={t.loadingServer} />;
}

function BackToServers() {
  const t = useMessages(messages);
  return (
    <Link to="/servers" className={backLinkClass}>
      {t.back}
    </Link>
  );
}
const back = <BackToServers />;

export function ServerLoadError({ error, pid }: { error: unknown; pid: string }) {
  const t = useMessages(messages);
  return (
    <RouteLoadError
      error={error}
      title={t.server({ pid })}
      what={t.theServer}
      notFound={t.noServer({ pid })}
      back={back}
    />
  );
}

/** A path that cannot be a server's: said on the page, nothing requested. */
export function InvalidServerId({ value }: { value: string }) {
  const t = useMessages(messages);
  return <InvalidPathParam title={t.notAServer} value={value} rule={t.digitsOnly} back={back} />;
}
