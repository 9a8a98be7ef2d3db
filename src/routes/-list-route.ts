// Apart from `-search.ts`, which route configs pull into the first load: only the lazy route
// components use this.
import { useMatch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { rememberListSearch } from '@/features/lists/list-return';

/** A list page's `search` and `onSearchChange`, read from its route (`Route`). */
export function useListRoute<S extends object>(route: { useSearch: () => S; useNavigate: () => unknown }) {
  const search = route.useSearch();
  // This list's own match, not the location: that moves first when the user leaves.
  const pathname = useMatch({ strict: false, select: (match) => match.pathname });
  // The way back up to this list (a breadcrumb, "Cancel") shows it as it was left.
  useEffect(() => rememberListSearch(pathname, search as Record<string, unknown>), [pathname, search]);
  // The route's own navigate, typed for its path; only its search reducer is used here.
  const navigate = route.useNavigate() as (options: {
    search: (previous: S) => S;
    replace: boolean;
  }) => unknown;
  return {
    search,
    // Typing replaces the history entry (the URL follows the text after a pause); a new order
    // adds one, so Back undoes it.
    onSearchChange: (next: Partial<S>) => {
      // At once: a click on a row commits the typed text and leaves in the same moment.
      rememberListSearch(pathname, { ...search, ...next });
      navigate({ search: (previous) => ({ ...previous, ...next }), replace: 'q' in next });
    },
  };
}
