import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api/api-error';
import { connectionStore, disconnect } from './api/connection';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { notify } from './features/notifications/notify';
import './styles.css';

const queryClient = createQueryClient({
  onUnauthorized() {
    const location = router.state.location;
    if (location.pathname === '/connect') return;
    // Drafts are kept (they live in storage); only the rejected key goes.
    disconnect();
    queryClient.clear();
    void router.navigate({ to: '/connect', search: { reason: 'unauthorized', redirect: location.href } });
  },
  onBackgroundError(error) {
    notify({
      kind: 'error',
      id: isApiError(error) ? `${error.method} ${error.path} ${error.code ?? error.status}` : undefined,
      title: isApiError(error) ? error.summary : 'Something went wrong',
      description: isApiError(error) ? error.meaning : String(error),
    });
  },
});
const router = createAppRouter(queryClient);

async function start() {
  // The simulated API is loaded only in demo-capable builds and only when the demo is in use,
  // so msw never reaches the first load of a production build.
  if (import.meta.env.VITE_DEMO === 'true' && connectionStore.get()?.kind === 'demo') {
    const { startDemoApi } = await import('./mocks/browser');
    await startDemoApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
