import { createFileRoute } from '@tanstack/react-router';
import { CustomerCreatePage } from '@/features/customers/customer-create-page';

export const Route = createFileRoute('/_app/customers/new')({
  head: () => ({ meta: [{ title: 'New customer · 4b42 Console' }] }),
  component: CustomerCreatePage,
});
