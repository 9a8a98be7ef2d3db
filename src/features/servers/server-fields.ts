import type { VirtualServerSummary } from '@/api/types';

/**
 * The docs' virtual-server examples are copies of the DNS zone ones, so nothing but `id` is
 * relied on: these read the usual names leniently and fall back to nothing.
 */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export const serverName = (server: Record<string, unknown>): string | undefined =>
  text(server.hostname) ?? text(server.name) ?? text(server.description);

export const serverStatus = (server: Record<string, unknown>): string | undefined =>
  text(server.status) ?? text(server.state) ?? text(server.valid);

/** Every field as it came, for the detail page: nested values as JSON. */
export function fieldsOf(server: Record<string, unknown>): [string, string][] {
  return Object.entries(server).map(([name, value]) => [
    name,
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value),
  ]);
}

export type { VirtualServerSummary };
