import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { connectionFingerprint, connectionStore } from '@/api/connection';

/**
 * The pages visited on this connection, most recent first, for the palette's "Recent" section.
 * Kept in localStorage per connection (API and key, hashed, like the recent DNS products): the
 * route and its params only, never what the page showed. Light on purpose: the shell records.
 */
export interface RecentVisit {
  /** The route's id (`/_app/customers/$customerNumber/`): the palette names the visit by it. */
  routeId: string;
  params: Record<string, string>;
  /** Where to go back to, search included. */
  href: string;
  at: number;
}

const PREFIX = '4b42.recent-visits.';
const MAX = 10;

function storageKey(): string | null {
  const connection = connectionStore.get();
  return connection ? PREFIX + connectionFingerprint(connection) : null;
}

export function readRecentVisits(): RecentVisit[] {
  const key = storageKey();
  if (!key) return [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((v): v is RecentVisit => typeof v?.routeId === 'string' && typeof v?.href === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Puts a visit first; another visit of the same page (path) is replaced. */
export function recordVisit(visit: Omit<RecentVisit, 'at'>): void {
  const key = storageKey();
  if (!key) return;
  const path = visit.href.split('?')[0];
  const rest = readRecentVisits().filter((v) => v.href.split('?')[0] !== path);
  try {
    localStorage.setItem(key, JSON.stringify([{ ...visit, at: Date.now() }, ...rest].slice(0, MAX)));
  } catch {
    // Storage full or blocked: the palette only has fewer recent pages.
  }
}

/** Records each page the shell shows once its route has resolved. */
export function useRecordVisits(): void {
  const router = useRouter();
  useEffect(() => {
    const record = () => {
      const { matches, location } = router.state;
      const leaf = matches.at(-1);
      if (leaf?.status !== 'success') return;
      const params: Record<string, string> = {};
      for (const [name, value] of Object.entries(leaf.params as Record<string, unknown>)) {
        if (typeof value === 'string') params[name] = value;
      }
      recordVisit({ routeId: leaf.routeId, params, href: location.href });
    };
    record();
    return router.subscribe('onResolved', record);
  }, [router]);
}
