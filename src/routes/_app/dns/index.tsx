import { createFileRoute } from '@tanstack/react-router';
import { dnsRouteMessages } from '@/features/dns/dns-route-messages';
import { ProductPickerPage } from '@/features/dns/product-picker-page';

export const Route = createFileRoute('/_app/dns/')({
  head: () => ({ meta: [{ title: dnsRouteMessages.get().pickerTitle }] }),
  component: ProductPickerPage,
});
