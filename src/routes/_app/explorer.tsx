import { createFileRoute } from '@tanstack/react-router';
import { AREAS } from '@/api/endpoint';
import { ExplorerPage } from '@/features/explorer/explorer-page';
import { useListRoute } from '@/routes/-list-route';
import { operatorAreaOnly } from '../-portal-guard';
import { optionalEnum, optionalText, optionalTextRecord, searchRoute, textWithDefault } from '../-search';

export const Route = createFileRoute('/_app/explorer')({
  ...searchRoute({
    area: optionalEnum(Object.keys(AREAS) as [keyof typeof AREAS]),
    endpoint: optionalText(),
    /** A request-log entry to load into the form (params and body; never the key). */
    call: optionalText(),
    /** Path params to start the form from ("Open in API explorer" on a record's page). */
    params: optionalTextRecord(),
    /** The endpoint list's filter, so a reload or a shared link shows the same entries. */
    q: textWithDefault(''),
  }),
  beforeLoad: ({ search }) => operatorAreaOnly(search.area),
  component: function ExplorerRoute() {
    // The filter as a list's search: typing replaces the history entry.
    const { search, onSearchChange } = useListRoute(Route);
    return (
      <ExplorerPage
        area={search.area}
        endpointId={search.endpoint}
        callId={search.call}
        params={search.params}
        query={search.q}
        onQueryChange={(q) => onSearchChange({ q })}
      />
    );
  },
});
