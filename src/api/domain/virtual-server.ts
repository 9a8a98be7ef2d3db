/**
 * The docs' virtual-server examples are copies of the DNS zone ones, so nothing but `id` is
 * relied on: these read the usual names leniently and fall back to nothing.
 */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** What a server is known by: its hostname, else a name or description the API sends. */
export const serverName = (server: Record<string, unknown>): string | undefined =>
  text(server.hostname) ?? text(server.name) ?? text(server.description);

export const serverStatus = (server: Record<string, unknown>): string | undefined =>
  text(server.status) ?? text(server.state) ?? text(server.valid);
