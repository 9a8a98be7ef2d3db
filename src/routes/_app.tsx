import { createFileRoute, notFound, redirect } from '@tanstack/react-router';
import { connectionStore } from '@/api/connection';
import { recordWrites } from '@/app/record-writes';
import { AppShell } from '@/features/shell/app-shell';

/** Every page but the connect screen needs a key. */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ location, matches }) => {
    if (!connectionStore.get()) {
      // An address no page has is a 404 for everyone: connecting first would not help.
      if (matches.at(-1)?.routeId === '/_app/$') throw notFound();
      throw redirect({ to: '/connect', search: { redirect: location.href } });
    }
  },
  component: function AppLayout() {
    // Wired as the shell renders, before any page in it can send a write (split off with the
    // shell: nothing of the audit in the first load). Idempotent per query client. Selected, so a
    // navigation (a search box's URL catching up) does not render the whole shell again.
    recordWrites(Route.useRouteContext({ select: (context) => context.queryClient }));
    return <AppShell />;
  },
});
