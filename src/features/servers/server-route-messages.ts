import { i18n, params } from '@/i18n';

/**
 * What the server routes say while loading, on a failed load and on a path that cannot be a
 * server. Routes are thin: they read these with `useMessages`, or `.get()` in `head()`.
 */
export const serverRouteMessages = i18n('servers/server-route-messages', {
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
