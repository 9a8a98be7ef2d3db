import { createFileRoute } from '@tanstack/react-router';
import { ErrorCataloguePage } from '@/features/error-catalogue/error-catalogue-page';
import { searchParams, textWithDefault } from '../-search';

const searchSchema = searchParams({
  /** A status (`404`) or code (`invalid_input`) to pick out; unknown ones are said to be undocumented. */
  entry: textWithDefault(''),
});

export const Route = createFileRoute('/_app/errors')({
  validateSearch: searchSchema,
  component: function ErrorsRoute() {
    const { entry } = Route.useSearch();
    return <ErrorCataloguePage entry={entry} />;
  },
});
