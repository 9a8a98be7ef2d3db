import { createFileRoute } from '@tanstack/react-router';
import { SshCheckPage } from '@/features/tools/ssh-check-page';
import { searchRoute, textWithDefault } from '@/routes/-search';

export const Route = createFileRoute('/_app/tools/ssh')({
  ...searchRoute({ host: textWithDefault('') }),
  component: function SshRoute() {
    const { host } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <SshCheckPage
        host={host}
        onHostChange={(next) => navigate({ search: { host: next }, replace: true })}
      />
    );
  },
});
