import { createFileRoute } from '@tanstack/react-router';
import { ResourcesPage } from '@/features/internet/resources-page';

export const Route = createFileRoute('/_app/internet/resources')({
  component: ResourcesPage,
});
