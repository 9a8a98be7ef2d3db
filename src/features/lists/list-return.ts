import { useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';

/**
 * Each list page's last search and sort, by its path (`/servers`, `/directory/10000010/users`), so
 * a page's way back up (its breadcrumb, "Cancel", where a delete lands) shows the list as it was
 * left, as the browser's Back does. The main navigation still opens a list afresh. Kept in memory
 * for the tab: a reload, or signing out, starts every list plain.
 */
const lastSearch = new Map<string, Record<string, unknown>>();

const pathKey = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname);

/** Called by a list route whenever its search changes. */
export function rememberListSearch(pathname: string, search: Record<string, unknown>): void {
  lastSearch.set(pathKey(pathname), search);
}

export function forgetListSearches(): void {
  lastSearch.clear();
}

/**
 * A link's or a navigation's way back up to a list: `{ to, params, search }`, with the search that
 * list last showed (none: its defaults). Spread it: `<LinkButton {...up('/customers')}>`,
 * `navigate({ ...up('/directory/$customerNumber/users', { customerNumber }), replace: true })`.
 */
export function useListReturn() {
  const router = useRouter();
  return useCallback(
    <const P extends string, R extends Record<string, string> | undefined = undefined>(to: P, params?: R) => {
      const { pathname } = router.buildLocation({ to, params } as never);
      // What `rememberListSearch` kept for this list's route: that route's own search.
      const search = lastSearch.get(pathKey(pathname)) as never;
      return { to, params: params as R, search };
    },
    [router],
  );
}
