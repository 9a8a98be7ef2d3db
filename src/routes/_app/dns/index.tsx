import { createFileRoute } from '@tanstack/react-router';
import { ProductPickerPage } from '@/features/dns/product-picker-page';

export const Route = createFileRoute('/_app/dns/')({
  component: ProductPickerPage,
});
