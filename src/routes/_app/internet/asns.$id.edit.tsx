import { createFileRoute } from '@tanstack/react-router';
import { AsnEditPage } from '@/features/internet/asn-edit-page';

export const Route = createFileRoute('/_app/internet/asns/$id/edit')({
  head: ({ params }) => ({ meta: [{ title: `Update AS number #${params.id} · 4b42 Console` }] }),
  component: function AsnEditRoute() {
    const { id } = Route.useParams();
    return <AsnEditPage id={id} />;
  },
});
