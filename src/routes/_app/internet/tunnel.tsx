import { createFileRoute } from '@tanstack/react-router';
import { TunnelPage } from '@/features/internet/tunnel-page';

export const Route = createFileRoute('/_app/internet/tunnel')({
  head: () => ({ meta: [{ title: 'Layer-2 tunnel · 4b42 Console' }] }),
  component: TunnelPage,
});
