import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetSimulatedApi, server } from '../mocks/node';

// The same handlers as the browser demo; a request no handler knows fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetSimulatedApi();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
