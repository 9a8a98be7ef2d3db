import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { AsnEditPage } from '@/features/internet/asn-edit-page';
import { InternetRoutePending } from '@/features/internet/route-states';

export const Route = createFileRoute('/_app/internet/asns/$id/edit')({
  // The list names the AS number being edited; a failed read still leaves the form usable.
  loader: ({ context }) => context.queryClient.prefetchQuery(internetQueries.asns()),
  pendingComponent: () => <InternetRoutePending page="asns" />,
  component: function AsnEditRoute() {
    const { id } = Route.useParams();
    return <AsnEditPage id={id} />;
  },
});
