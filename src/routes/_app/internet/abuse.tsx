import { createFileRoute } from '@tanstack/react-router';
import { AbusePage } from '@/features/internet/abuse-page';
import { searchRoute, textWithDefault } from '@/routes/-search';

export const Route = createFileRoute('/_app/internet/abuse')({
  ...searchRoute({ resource: textWithDefault('') }),
  component: function AbuseRoute() {
    const { resource } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <AbusePage resource={resource} onResourceChange={(next) => navigate({ search: { resource: next } })} />
    );
  },
});
