import { createFileRoute } from '@tanstack/react-router';
import { TunnelPage } from '@/features/internet/tunnel-page';
import { searchRoute, textWithDefault } from '@/routes/-search';

export const Route = createFileRoute('/_app/internet/tunnel')({
  // ?exchange=3: the exchange a link chose (an exchange's row), a starting value only: gone once
  // a tunnel is created and the form is empty again, so a reload does not choose it anew.
  ...searchRoute({ exchange: textWithDefault('') }),
  component: function TunnelRoute() {
    const { exchange } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <TunnelPage
        exchange={exchange}
        onCreated={() => void navigate({ search: { exchange: '' }, replace: true })}
      />
    );
  },
});
