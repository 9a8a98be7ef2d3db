import { createFileRoute, redirect } from '@tanstack/react-router';
import { connectionStore } from '../api/connection';
import { AppShell } from '../features/shell/app-shell';

/** Every page but the connect screen needs a key. */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ location }) => {
    if (!connectionStore.get()) {
      throw redirect({ to: '/connect', search: { redirect: location.href } });
    }
  },
  component: AppShell,
});
