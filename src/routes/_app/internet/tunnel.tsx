import { createFileRoute } from '@tanstack/react-router';
import { internetPageTitle } from '@/features/internet/route-titles';
import { TunnelPage } from '@/features/internet/tunnel-page';

export const Route = createFileRoute('/_app/internet/tunnel')({
  head: () => ({ meta: [{ title: internetPageTitle('tunnel') }] }),
  component: TunnelPage,
});
