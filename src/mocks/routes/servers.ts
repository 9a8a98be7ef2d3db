import { plainDate } from '../db/dates';
import type { Database, VirtualServerRecord } from '../db/types';
import { fail } from '../reply';
import { param, type Route } from './context';

function requireVirtualServer(db: Database, pid: string): VirtualServerRecord {
  const server = db.virtualServers.find((s) => s.id === pid);
  if (!server) fail(404, 'not_found', `Virtual server ${pid} does not exist.`, 'pid');
  return server;
}

// The docs' examples for these are copies of the DNS zone ones; these are what a server list
// plausibly holds, with `id` (the product id) as the one field the console relies on.
function virtualServerView(s: VirtualServerRecord) {
  return {
    id: s.id,
    hostname: s.hostname,
    status: s.status,
    cores: s.cores,
    memory: s.memory,
    disk: s.disk,
    os: s.os,
    ipv4: s.ipv4,
    ipv6: s.ipv6,
    location: s.location,
    customer: s.customer,
    created: plainDate(s.created),
  };
}

const TICKET_LIFETIME_MS = 5 * 60_000;

export const serverRoutes = {
  'virtualServer.list': ({ db }) => db.virtualServers.map(virtualServerView),

  'virtualServer.get': (ctx) => virtualServerView(requireVirtualServer(ctx.db, param(ctx, 'pid'))),

  // Undocumented shape: a one-time VNC ticket, as Proxmox-style consoles use.
  'virtualServer.ticket': (ctx) => {
    const server = requireVirtualServer(ctx.db, param(ctx, 'pid'));
    if (server.status !== 'running') {
      fail(
        409,
        'resource_unavailable',
        `Virtual server ${server.id} is stopped: start it to open a console.`,
      );
    }
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(24));
    const token = btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
    return {
      id: server.id,
      ticket: `PVEVNC:${token}`,
      host: 'console.securebit.ch',
      port: 5900 + (Number(server.id) % 100),
      expires: plainDate(ctx.now + TICKET_LIFETIME_MS),
    };
  },

  'dedicatedServer.configureIpmi': (ctx) => {
    const id = param(ctx, 'id');
    const server = ctx.db.dedicatedServers.find((s) => s.id === id);
    if (!server) fail(404, 'not_found', `Dedicated server ${id} does not exist.`, 'id');
    if (server.locked) fail(409, 'locked', `Dedicated server ${id} is locked: an action is already running.`);
    server.ipmiConfigured = ctx.now;
    // Documented answer.
    return [];
  },
} satisfies Record<string, Route>;
