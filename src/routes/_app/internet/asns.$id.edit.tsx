import { createFileRoute } from '@tanstack/react-router';
import { AsnEditPage } from '@/features/internet/asn-edit-page';

export const Route = createFileRoute('/_app/internet/asns/$id/edit')({
  component: function AsnEditRoute() {
    const { id } = Route.useParams();
    return <AsnEditPage id={id} />;
  },
});
