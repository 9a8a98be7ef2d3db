import { createFileRoute } from '@tanstack/react-router';
import { HomePage } from '@/features/shell/home-page';

export const Route = createFileRoute('/_app/')({
  head: () => ({ meta: [{ title: '4b42 Console' }] }),
  component: HomePage,
});
