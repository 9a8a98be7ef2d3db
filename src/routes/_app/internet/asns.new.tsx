import { createFileRoute } from '@tanstack/react-router';
import { AsnOrderPage } from '@/features/internet/asn-order-page';
import { internetPageTitle } from '@/features/internet/route-titles';

export const Route = createFileRoute('/_app/internet/asns/new')({
  head: () => ({ meta: [{ title: internetPageTitle('asnOrder') }] }),
  component: AsnOrderPage,
});
