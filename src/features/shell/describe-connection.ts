import { apiOrigin, type Connection, DEV_PROXY_BASE_URL } from '@/api/connection';
import { demoKeyText } from '@/features/connect/demo-key-text';
import { keyHeaderLabel } from '@/features/connect/key-header-label';
import { i18n, params } from '@/i18n';
import { DEMO_KEYS } from '@/mocks/demo-keys';

const messages = i18n('shell/describe-connection', {
  remembered: 'remembered on this device',
  tabOnly: 'kept in this tab only',
  aDemoKey: 'a demo key',
  demoShort: params<{ label: string }>('Demo · {label}'),
  demoLong: params<{ label: string }>(
    'The simulated API built into the console, with the “{label}” demo key.',
  ),
  proxyShort: 'Dev proxy',
  proxyLong: 'The API behind the dev proxy',
  long: params<{ where: string; url: string; header: string; stored: string }>(
    '{where} ({url}), key sent as {header}, {stored}.',
  ),
});

export interface ConnectionDescription {
  /** Short, for the header: "Demo · Operator", "api.securebit.ch". Never the key. */
  short: string;
  /** A sentence for the home page. */
  long: string;
}

export function demoKeyLabel(connection: Connection): string | null {
  const key = DEMO_KEYS.find((k) => k.key === connection.apiKey);
  return key ? demoKeyText(key).label : null;
}

function host(baseUrl: string): string {
  try {
    return new URL(apiOrigin(baseUrl)).host;
  } catch {
    return baseUrl;
  }
}

export function describeConnection(connection: Connection): ConnectionDescription {
  const t = messages.get();
  const header = keyHeaderLabel(connection.keyHeader);
  const stored = connection.remember ? t.remembered : t.tabOnly;
  if (connection.kind === 'demo') {
    const label = demoKeyLabel(connection) ?? t.aDemoKey;
    return { short: t.demoShort({ label }), long: t.demoLong({ label }) };
  }
  const proxied = apiOrigin(connection.baseUrl) === apiOrigin(DEV_PROXY_BASE_URL);
  const where = host(connection.baseUrl);
  return {
    short: proxied ? t.proxyShort : where,
    long: t.long({ where: proxied ? t.proxyLong : where, url: connection.baseUrl, header, stored }),
  };
}
