import { createFileRoute } from '@tanstack/react-router';
import { ResourcesPage } from '@/features/internet/resources-page';
import { internetPageTitle } from '@/features/internet/route-titles';

export const Route = createFileRoute('/_app/internet/resources')({
  head: () => ({ meta: [{ title: internetPageTitle('resources') }] }),
  component: ResourcesPage,
});
