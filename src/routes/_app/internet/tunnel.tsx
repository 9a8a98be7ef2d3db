import { createFileRoute } from '@tanstack/react-router';
import { TunnelPage } from '@/features/internet/tunnel-page';

export const Route = createFileRoute('/_app/internet/tunnel')({
  component: TunnelPage,
});
