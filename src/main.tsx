import './app/zod-without-eval';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { connectionStore, disconnect } from '@/api/connection';
import { isApiError } from '@/api/is-api-error';
import { hasPersistedCache } from '@/app/persisted-cache';
import { createSession, type Session } from '@/app/session';
import { prepareLocale } from '@/i18n';
import './styles.css';

/** Ends the task: the browser may paint and take input before the rest of the start runs. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start() {
  // A German or French reader's catalogue is in place before the first paint (English loads nothing).
  await prepareLocale();
  // Evaluating the entry, building the router and the first render are each a task of their own
  // instead of one long one after the HTML shell has painted.
  await nextTask();
  const session = createSession();
  const { queryClient, router } = session;
  await nextTask();
  if (import.meta.env.VITE_DEMO === 'true' && /^\/demo\/?$/.test(window.location.pathname)) {
    // /demo (routes/demo.tsx) connected and redirected after a first render of an empty page, which
    // took the HTML shell away: connecting first draws the demo's home as the first page. The
    // simulated API is downloaded only once that page has painted: sooner, it shared a slow
    // network with the page's own chunks (Lighthouse mobile LCP 2.0 s or 3.0 s, by that race).
    const { openDemo } = await import('@/features/connect/open-demo');
    await openDemo('operator', { wait: false, after: firstPagePainted(router) });
    router.history.replace('/');
  } else if (connectionStore.get()?.kind === 'demo') {
    // The simulated API is loaded only in demo-capable builds and only when the demo is in use,
    // so msw never reaches the first load of a production build.
    // A demo connection cannot work without the demo (another build) or when its worker fails.
    if (import.meta.env.VITE_DEMO === 'true') {
      // Awaited on a reload (the HTML shell shows meanwhile): rendering before the service worker
      // is up lets a quick navigation abort msw's registration, which it reports as uncaught.
      // A new user's /demo paints at once instead (above, api/demo-gate.ts).
      const { ensureDemoApi } = await import('@/features/connect/open-demo');
      await ensureDemoApi().catch(() => disconnect());
    } else {
      disconnect();
    }
  }
  // The tab's saved query cache: a reload paints from it instead of fetching again. Loaded on
  // demand once there is a connection (not on the connect screen's critical path); the first
  // render waits for it only when there is a cache to restore.
  const persist = () =>
    import('@/app/query-persistence')
      .then(({ persistQueryCache }) => persistQueryCache(queryClient))
      // Without it the console works as before: it fetches.
      .catch(() => undefined);
  if (connectionStore.get()) {
    const persistence = persist();
    if (hasPersistedCache()) void persistence.then(() => render(session));
    else render(session);
  } else {
    const stop = connectionStore.subscribe(() => {
      if (!connectionStore.get()) return;
      stop();
      void persist();
    });
    render(session);
  }
}

/** Settles once the router's first page has been drawn and the frame showing it painted. */
function firstPagePainted(router: Session['router']): Promise<void> {
  return new Promise((resolve) => {
    // Not `onResolved`: the router resolves the first page before React draws it (`render`).
    const stop = router.subscribe('onRendered', () => {
      stop();
      // A task posted from a frame's animation callback runs after that frame's paint.
      requestAnimationFrame(() => setTimeout(resolve, 0));
    });
  });
}

function render({ queryClient, router }: Session) {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const reactRoot = createRoot(root, {
    // A failed call is shown by the page's error view; the console needs no second copy.
    onCaughtError: (error, info) => {
      if (!isApiError(error)) console.error(error, info.componentStack);
    },
  });
  const app = () =>
    reactRoot.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  // The router matches the first page and loads its chunks before React renders. Mounted first,
  // the transition drew an empty router and the load then drew the page in one synchronous task
  // (the router's stores update synchronously): the demo's longest task on load.
  const pendingViewDue = new Promise((resolve) => setTimeout(resolve, router.options.defaultPendingMs));
  const loaded = router.load().then(
    () => true,
    () => true,
  );
  void Promise.race([loaded, pendingViewDue.then(() => false)]).then((isLoaded) => {
    // Loaded: a transition renders the page in slices that yield to input, instead of one long
    // task after the HTML shell has painted. Still loading: the page's pending view, committed at
    // once, since the router's load, finishing later, updates the router's root (a transition
    // would leave it uncommitted: React warns of an update to a component not yet mounted).
    if (isLoaded) startTransition(app);
    else flushSync(app);
  });
}

void start();
