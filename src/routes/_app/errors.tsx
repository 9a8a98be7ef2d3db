import { createFileRoute } from '@tanstack/react-router';
import { ErrorCataloguePage } from '@/features/error-catalogue/error-catalogue-page';
import { useListRoute } from '@/routes/-list-route';
import { searchRoute, textWithDefault } from '../-search';

const search = searchRoute({
  /** A status (`404`) or code (`invalid_input`) to pick out; unknown ones are said to be undocumented. */
  entry: textWithDefault(''),
  /** The search box's text, so a reload or a shared link finds the same entries. */
  q: textWithDefault(''),
});

export const Route = createFileRoute('/_app/errors')({
  ...search,
  component: function ErrorsRoute() {
    // As a list's search: typing replaces the history entry.
    const { search, onSearchChange } = useListRoute(Route);
    return (
      <ErrorCataloguePage
        entry={search.entry}
        query={search.q}
        onQueryChange={(q) => onSearchChange({ q })}
      />
    );
  },
});
