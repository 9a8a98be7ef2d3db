import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { Ipv4Page } from '@/features/internet/ipv4-page';
import { InternetRouteError, InternetRoutePending } from '@/features/internet/route-states';

export const Route = createFileRoute('/_app/internet/ipv4')({
  loader: ({ context }) => context.queryClient.ensureQueryData(internetQueries.ipv4()),
  pendingComponent: () => <InternetRoutePending page="ipv4" />,
  errorComponent: ({ error }) => <InternetRouteError page="ipv4" error={error} />,
  component: Ipv4Page,
});
