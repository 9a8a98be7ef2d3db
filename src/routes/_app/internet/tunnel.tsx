import { createFileRoute } from '@tanstack/react-router';
import { TunnelPage } from '@/features/internet/tunnel-page';
import { searchRoute, textWithDefault } from '../../-search';

export const Route = createFileRoute('/_app/internet/tunnel')({
  // ?exchange=3: the exchange a link chose (an exchange's row), a starting value only.
  ...searchRoute({ exchange: textWithDefault('') }),
  component: function TunnelRoute() {
    const { exchange } = Route.useSearch();
    return <TunnelPage exchange={exchange} />;
  },
});
