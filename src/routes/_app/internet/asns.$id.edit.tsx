import { createFileRoute } from '@tanstack/react-router';
import { AsnEditPage } from '@/features/internet/asn-edit-page';
import { internetPageTitle } from '@/features/internet/route-titles';

export const Route = createFileRoute('/_app/internet/asns/$id/edit')({
  head: ({ params }) => ({ meta: [{ title: internetPageTitle({ asnEdit: params.id }) }] }),
  component: function AsnEditRoute() {
    const { id } = Route.useParams();
    return <AsnEditPage id={id} />;
  },
});
