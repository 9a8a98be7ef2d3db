import { createFileRoute } from '@tanstack/react-router';
import { AbusePage } from '@/features/internet/abuse-page';
import { internetPageTitle } from '@/features/internet/route-titles';
import { searchParams, textWithDefault } from '../../-search';

export const Route = createFileRoute('/_app/internet/abuse')({
  validateSearch: searchParams({ resource: textWithDefault('') }),
  head: () => ({ meta: [{ title: internetPageTitle('abuse') }] }),
  component: function AbuseRoute() {
    const { resource } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <AbusePage resource={resource} onResourceChange={(next) => navigate({ search: { resource: next } })} />
    );
  },
});
