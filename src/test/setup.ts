import '@testing-library/jest-dom/vitest';
import { act, cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { localeStore, setLocale } from '@/i18n';
import { resetSimulatedApi, server } from '@/mocks/node';

// Whole-app renders on a 2-core machine under load can take over a second to settle.
configure({ asyncUtilTimeout: 5000 });

// The same handlers as the browser demo; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetSimulatedApi();
  sessionStorage.clear();
  localStorage.clear();
});
// A test that switches the language leaves the next one in English (jsdom's language).
afterEach(async () => {
  if (localeStore.get() !== 'en') await act(() => setLocale('en'));
});
afterAll(() => server.close());
