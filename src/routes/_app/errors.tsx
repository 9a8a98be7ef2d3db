import { createFileRoute } from '@tanstack/react-router';
import { ErrorCataloguePage } from '@/features/error-catalogue/error-catalogue-page';
import { searchRoute, textWithDefault } from '../-search';

const search = searchRoute({
  /** A status (`404`) or code (`invalid_input`) to pick out; unknown ones are said to be undocumented. */
  entry: textWithDefault(''),
});

export const Route = createFileRoute('/_app/errors')({
  ...search,
  component: function ErrorsRoute() {
    const { entry } = Route.useSearch();
    return <ErrorCataloguePage entry={entry} />;
  },
});
