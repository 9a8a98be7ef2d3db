import { createFileRoute } from '@tanstack/react-router';
import { HomePage } from '@/features/shell/home-page';
import { PORTAL_NOTICES } from '../-portal-guard';
import { optionalEnum, optionalText, searchRoute } from '../-search';

export const Route = createFileRoute('/_app/')({
  // Set when a page this key cannot use sent the user here (see -portal-guard.ts).
  ...searchRoute({ notice: optionalEnum(PORTAL_NOTICES), from: optionalText() }),
  component: function HomeRoute() {
    const { notice, from } = Route.useSearch();
    return <HomePage notice={notice} from={from} />;
  },
});
