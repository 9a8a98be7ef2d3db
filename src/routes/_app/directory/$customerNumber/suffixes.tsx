import { createFileRoute } from '@tanstack/react-router';
import { directoryQueries } from '@/api/queries/directory';
import { isCustomerNumberShape } from '@/features/directory/context/path-shapes';
import { DirectoryRouteError } from '@/features/directory/shared/directory-route-error';
import { DirectoryLoading } from '@/features/directory/shared/route-texts';
import {
  DEFAULT_SUFFIX_LIST_SEARCH as DEFAULTS,
  SUFFIX_SORT_KEYS,
} from '@/features/directory/suffixes/suffix-list-search';
import { SuffixPage } from '@/features/directory/suffixes/suffix-page';
import { useListRoute } from '@/routes/-list-route';
import { ensureRouteData } from '@/routes/-route-data';
import { listSearchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/directory/$customerNumber/suffixes')({
  ...listSearchRoute(SUFFIX_SORT_KEYS, DEFAULTS),
  // The users too: deleting a suffix names the users still signing in with it.
  loader: ({ params, ...load }) =>
    // Not a customer number: the parent route says so, and nothing is requested.
    !isCustomerNumberShape(params.customerNumber)
      ? undefined
      : ensureRouteData(
          load,
          directoryQueries.suffixes(params.customerNumber),
          directoryQueries.users(params.customerNumber),
        ),
  pendingComponent: () => <DirectoryLoading what="loadingSuffixes" />,
  errorComponent: function SuffixesError({ error }) {
    return <DirectoryRouteError error={error} customerNumber={Route.useParams().customerNumber} />;
  },
  component: function SuffixesRoute() {
    const { customerNumber } = Route.useParams();
    return <SuffixPage customerNumber={customerNumber} {...useListRoute(Route)} />;
  },
});
