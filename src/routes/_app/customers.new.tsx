import { createFileRoute } from '@tanstack/react-router';
import { CustomerCreatePage } from '@/features/customers/customer-create-page';
import { operatorOnly } from '../-portal-guard';

export const Route = createFileRoute('/_app/customers/new')({
  beforeLoad: () => operatorOnly('new-customer'),
  component: CustomerCreatePage,
});
