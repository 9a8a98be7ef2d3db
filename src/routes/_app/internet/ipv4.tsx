import { createFileRoute } from '@tanstack/react-router';
import { internetQueries } from '@/api/queries/internet';
import { Ipv4Page } from '@/features/internet/ipv4-page';
import { LoadingState } from '@/features/ui/empty-state';
import { RouteLoadError } from '@/features/ui/route-states';

export const Route = createFileRoute('/_app/internet/ipv4')({
  loader: ({ context }) => context.queryClient.ensureQueryData(internetQueries.ipv4()),
  head: () => ({ meta: [{ title: 'IPv4 ranges · 4b42 Console' }] }),
  pendingComponent: () => <LoadingState label="Loading IPv4 ranges…" />,
  errorComponent: ({ error }) => (
    <RouteLoadError error={error} title="Available IPv4 ranges" what="the IPv4 ranges" />
  ),
  component: Ipv4Page,
});
