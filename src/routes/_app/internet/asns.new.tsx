import { createFileRoute } from '@tanstack/react-router';
import { AsnOrderPage } from '@/features/internet/asn-order-page';

export const Route = createFileRoute('/_app/internet/asns/new')({
  component: AsnOrderPage,
});
