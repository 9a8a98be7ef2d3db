import { createFileRoute } from '@tanstack/react-router';
import { ErrorCataloguePage } from '@/features/error-catalogue/error-catalogue-page';
import { optionalText, searchRoute, textWithDefault } from '../-search';

const search = searchRoute({
  /** A status (`404`) or code (`invalid_input`) to pick out; unknown ones are said to be undocumented. */
  entry: textWithDefault(''),
  /** The search box's text, so a reload or a shared link finds the same entries. */
  q: optionalText(),
});

export const Route = createFileRoute('/_app/errors')({
  ...search,
  component: function ErrorsRoute() {
    const { entry, q } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <ErrorCataloguePage
        entry={entry}
        query={q ?? ''}
        // Typing replaces the history entry: Back leaves the page, not the last word typed.
        onQueryChange={(next) =>
          void navigate({ search: (prev) => ({ ...prev, q: next || undefined }), replace: true })
        }
      />
    );
  },
});
