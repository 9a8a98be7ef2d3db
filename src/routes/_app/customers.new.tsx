import { createFileRoute } from '@tanstack/react-router';
import { CustomerCreatePage } from '@/features/customers/customer-create-page';
import { customerRouteMessages } from '@/features/customers/customer-route-states';
import { operatorOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/new')({
  beforeLoad: () => operatorOnly('new-customer'),
  head: () => ({ meta: [{ title: customerRouteMessages.get().newTitle }] }),
  component: CustomerCreatePage,
});
