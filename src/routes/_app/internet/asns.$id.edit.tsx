import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { AsnEditPage } from '@/features/internet/asn-edit-page';
import { InternetRoutePending } from '@/features/internet/route-states';
import { prefetchRouteData } from '@/routes/-route-data';

export const Route = createFileRoute('/_app/internet/asns/$id/edit')({
  // The list names the AS number being edited; a failed read still leaves the form usable.
  loader: (load) => prefetchRouteData(load, internetQueries.asns()),
  pendingComponent: () => <InternetRoutePending page="asns" />,
  component: function AsnEditRoute() {
    const { id } = Route.useParams();
    return <AsnEditPage id={id} />;
  },
});
