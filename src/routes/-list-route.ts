// Apart from `-search.ts`, which route configs pull into the first load: only the lazy route
// components use this.

/** A list page's `search` and `onSearchChange`, read from its route (`Route`). */
export function useListRoute<S extends object>(route: { useSearch: () => S; useNavigate: () => unknown }) {
  const search = route.useSearch();
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
      navigate({ search: (previous) => ({ ...previous, ...next }), replace: 'q' in next });
    },
  };
}
