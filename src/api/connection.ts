import { KEY_HEADER } from './api-headers';
import { CONNECTION_STORAGE_KEY } from './connection-storage-key';
import { createExternalStore } from './external-store';
import type { LearnedRestriction } from './permissions';

/**
 * How the key travels: the older docs use a `4b42-KEY` header, the current docs `Authorization`
 * (sent as `Bearer <key>` or as the bare key; which one the server wants is not documented).
 */
// Each `label` is the header as sent (not translated); features/connect/key-header-label.ts adds
// the docs edition in words (not here: this module is in the first load).
export const KEY_HEADER_STYLES = {
  '4b42-KEY': { header: KEY_HEADER.legacy, label: '4b42-KEY: <key>', docs: 'older' }, // i18n-ignore: the header as sent
  bearer: { header: KEY_HEADER.current, label: 'Authorization: Bearer <key>', docs: 'current' }, // i18n-ignore: the header as sent
  'authorization-bare': { header: KEY_HEADER.current, label: 'Authorization: <key>', docs: null }, // i18n-ignore: the header as sent
} as const;
export type KeyHeaderStyle = keyof typeof KEY_HEADER_STYLES;

export interface Connection {
  /** `demo` talks to the simulated API embedded in the console. */
  kind: 'demo' | 'remote';
  /** As the docs give it (`https://api.securebit.ch/v1`); a trailing `/v1` is optional. */
  baseUrl: string;
  apiKey: string;
  keyHeader: KeyHeaderStyle;
  /** Opt-in: keep the connection in localStorage instead of this tab's sessionStorage. */
  remember: boolean;
  /** What the key may do, when known up front (the demo keys); see key-capabilities.ts. */
  capabilities?: { readOnly?: boolean; customerNumber?: string | null; orderingDisabled?: boolean };
  /** Whom the key reaches, and how that was found (Home shows it); see features/connect/detect-scope.ts. */
  scope?: KeyScope;
  /** What the API refused this key so far (403s), kept with the key; see permissions.ts. */
  learned?: readonly LearnedRestriction[];
}

export interface KeyScope {
  /** null: every customer (an operator's key). */
  customerNumber: string | null;
  /** `demo`: known for the demo key; `detected`: from the API's answers at connect; `manual`: the user said so. */
  source: 'demo' | 'detected' | 'manual';
  /** One sentence: how it was found. */
  how: string;
}

export const DOCUMENTED_BASE_URL = 'https://api.securebit.ch/v1';
/** Same-origin prefix the dev server proxies to a real API (see vite.config.ts). */
export const DEV_PROXY_BASE_URL = '/proxy/v1';

const STORAGE_KEY = CONNECTION_STORAGE_KEY;

function storages(): Storage[] {
  try {
    return [sessionStorage, localStorage];
  } catch {
    return [];
  }
}

function load(): Connection | null {
  for (const storage of storages()) {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) continue;
    try {
      const parsed = JSON.parse(raw) as Connection;
      if (typeof parsed.apiKey === 'string' && typeof parsed.baseUrl === 'string') return parsed;
    } catch {
      storage.removeItem(STORAGE_KEY);
    }
  }
  return null;
}

export const connectionStore = createExternalStore<Connection | null>(load());

export function connect(connection: Connection): void {
  for (const storage of storages()) storage.removeItem(STORAGE_KEY);
  const target = connection.remember ? localStorage : sessionStorage;
  target.setItem(STORAGE_KEY, JSON.stringify(connection));
  connectionStore.set(connection);
}

export function disconnect(): void {
  for (const storage of storages()) storage.removeItem(STORAGE_KEY);
  connectionStore.set(null);
}

/** Base URL without trailing slashes or `/v1`: catalogue paths carry their own `/v1`. */
export function apiOrigin(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '').replace(/\/v1$/, '');
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return new URL(trimmed || '/', `${origin}/`).href.replace(/\/+$/, '');
}

/**
 * Tells connections apart (the API and the key) without writing the key down: what the tab keeps
 * per connection (drafts, the query cache, recent DNS products) is stored under it. cyrb53: 53
 * bits, no way back to the key.
 */
export function connectionFingerprint(connection: Pick<Connection, 'baseUrl' | 'apiKey'>): string {
  const text = `${apiOrigin(connection.baseUrl)}\u0000${connection.apiKey}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The headers that carry the key, for a given style. */
export function keyHeaders(connection: Pick<Connection, 'apiKey' | 'keyHeader'>): Record<string, string> {
  const { header } = KEY_HEADER_STYLES[connection.keyHeader];
  const value = connection.keyHeader === 'bearer' ? `Bearer ${connection.apiKey}` : connection.apiKey;
  return { [header]: value };
}

/** Where the embedded simulated API answers (same origin, intercepted by msw in demo builds). */
export const DEMO_BASE_URL = '/demo-api/v1';

/** The one customer a self-service key reaches, when known up front (route guards read this). */
export function scopedCustomerNumber(): string | null {
  return connectionStore.get()?.capabilities?.customerNumber ?? null;
}
