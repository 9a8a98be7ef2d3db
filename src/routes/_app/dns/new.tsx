import { createFileRoute } from '@tanstack/react-router';
import { ZoneCreatePage } from '@/features/dns/zone-create-page';
import { optionalText, searchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/dns/new')({
  // With a product the zone is created in it (#22); without, by the current edition's call (#21).
  ...searchRoute({ product: optionalText() }),
  component: function NewZoneRoute() {
    const { product } = Route.useSearch();
    return <ZoneCreatePage productId={product || undefined} />;
  },
});
