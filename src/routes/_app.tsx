import { createFileRoute, redirect } from '@tanstack/react-router';
import { connectionStore } from '../api/connection';
import { recordWrites } from '../app/record-writes';
import { AppShell } from '../features/shell/app-shell';

/** Every page but the connect screen needs a key. */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ location }) => {
    if (!connectionStore.get()) {
      throw redirect({ to: '/connect', search: { redirect: location.href } });
    }
  },
  // Split off with the shell, so not in the first load; runs before any page could send a write.
  loader: ({ context }) => recordWrites(context.queryClient),
  component: AppShell,
});
