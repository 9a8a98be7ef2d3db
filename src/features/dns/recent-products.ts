import { useSyncExternalStore } from 'react';
import { connectionFingerprint, connectionStore } from '@/api/connection';
import { i18n, params } from '@/i18n';

const messages = i18n('dns/recent-products', {
  product: params<{ id: string }>('DNS product {id}'),
});

/**
 * The DNS products used with this connection, most recent first, each with the name the user gave
 * it. No endpoint lists a customer's DNS products, so the console remembers the ids it was given.
 * Kept in localStorage per connection (API and key, hashed: the key itself is never stored here).
 */
export interface RecentProduct {
  id: string;
  /** The user's own name for it, if they gave one. */
  label?: string;
  usedAt: number;
}

const PREFIX = '4b42.dns-products.';
const MAX = 12;

const storageKey = () => {
  const connection = connectionStore.get();
  return PREFIX + (connection ? connectionFingerprint(connection) : 'none');
};
const listeners = new Set<() => void>();
let cache: { key: string; raw: string | null; list: RecentProduct[] } | null = null;

function read(): RecentProduct[] {
  const key = storageKey();
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return [];
  }
  if (cache && cache.key === key && cache.raw === raw) return cache.list;
  let list: RecentProduct[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) list = parsed.filter((p): p is RecentProduct => typeof p?.id === 'string');
  } catch {
    list = [];
  }
  cache = { key, raw, list };
  return list;
}

function write(list: RecentProduct[]): void {
  try {
    localStorage.setItem(storageKey(), JSON.stringify(list.slice(0, MAX)));
  } catch {
    // Storage full or blocked: the product stays in the URL, it is only not remembered.
  }
  for (const listener of listeners) listener();
}

export const recentProducts = {
  list: read,
  /** Puts the product first (after it answered with a zone list). */
  use(id: string): void {
    const list = read();
    const previous = list.find((p) => p.id === id);
    write([{ ...previous, id, usedAt: Date.now() }, ...list.filter((p) => p.id !== id)]);
  },
  rename(id: string, label: string): void {
    write(read().map((p) => (p.id === id ? { ...p, label: label.trim() || undefined } : p)));
  },
  forget(id: string): void {
    write(read().filter((p) => p.id !== id));
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const unsubscribeConnection = connectionStore.subscribe(listener);
    return () => {
      listeners.delete(listener);
      unsubscribeConnection();
    };
  },
};

export function useRecentProducts(): readonly RecentProduct[] {
  return useSyncExternalStore(recentProducts.subscribe, recentProducts.list);
}

/** How a product reads in lists and headings: the user's name for it, else its id. Call it during render. */
export function productLabel(id: string, recent: readonly RecentProduct[]): string {
  const label = recent.find((p) => p.id === id)?.label;
  return label ? `${label} (${id})` : messages.get().product({ id });
}
