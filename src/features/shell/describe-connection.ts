import { apiOrigin, type Connection, DEV_PROXY_BASE_URL, KEY_HEADER_STYLES } from '@/api/connection';
import { DEMO_KEYS } from '@/mocks/demo-keys';

export interface ConnectionDescription {
  /** Short, for the header: "Demo · Operator", "api.securebit.ch". Never the key. */
  short: string;
  /** A sentence for the home page. */
  long: string;
}

export function demoKeyLabel(connection: Connection): string | null {
  return DEMO_KEYS.find((k) => k.key === connection.apiKey)?.label ?? null;
}

function host(baseUrl: string): string {
  try {
    return new URL(apiOrigin(baseUrl)).host;
  } catch {
    return baseUrl;
  }
}

export function describeConnection(connection: Connection): ConnectionDescription {
  const header = KEY_HEADER_STYLES[connection.keyHeader].label;
  const stored = connection.remember ? 'remembered on this device' : 'kept in this tab only';
  if (connection.kind === 'demo') {
    const label = demoKeyLabel(connection) ?? 'a demo key';
    return {
      short: `Demo · ${label}`,
      long: `The simulated API built into the console, with the “${label}” demo key.`,
    };
  }
  const proxied = apiOrigin(connection.baseUrl) === apiOrigin(DEV_PROXY_BASE_URL);
  const where = proxied ? 'the dev proxy' : host(connection.baseUrl);
  return {
    short: proxied ? 'Dev proxy' : where,
    long: `${proxied ? 'The API behind the dev proxy' : where} (${connection.baseUrl}), key sent as ${header}, ${stored}.`,
  };
}
