import { createFileRoute } from '@tanstack/react-router';
import { ResourcesPage } from '@/features/internet/resources-page';

export const Route = createFileRoute('/_app/internet/resources')({
  head: () => ({ meta: [{ title: 'Internet resources · 4b42 Console' }] }),
  component: ResourcesPage,
});
