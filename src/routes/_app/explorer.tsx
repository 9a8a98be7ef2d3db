import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { AREAS } from '../../api/endpoint';
import { ExplorerPage } from '../../features/explorer/explorer-page';

const searchSchema = z.object({
  area: z.enum(Object.keys(AREAS) as [keyof typeof AREAS]).optional().catch(undefined),
  endpoint: z.string().optional().catch(undefined),
  /** A request-log entry to load into the form (params and body; never the key). */
  call: z.string().optional().catch(undefined),
});

export const Route = createFileRoute('/_app/explorer')({
  validateSearch: searchSchema,
  head: () => ({ meta: [{ title: 'API explorer · 4b42 Console' }] }),
  component: function ExplorerRoute() {
    const search = Route.useSearch();
    return <ExplorerPage area={search.area} endpointId={search.endpoint} callId={search.call} />;
  },
});
