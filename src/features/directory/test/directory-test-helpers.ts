import { screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { giveScrollersHeight, recordRequests } from '@/features/customers/customer-test-helpers';

export { recordRequests };

/**
 * What every directory test needs under jsdom: a laid-out height for the virtualised list,
 * a ResizeObserver (Headless UI's combobox watches its input with one), and a log of the
 * requests the simulated API received.
 */
export function useDirectoryTestEnvironment() {
  const state: { requests: ReturnType<typeof recordRequests> } = { requests: recordRequests() };
  state.requests.stop();
  beforeEach(() => {
    giveScrollersHeight();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    state.requests = recordRequests();
  });
  afterEach(() => {
    state.requests.stop();
    vi.unstubAllGlobals();
  });
  return {
    writes: () => state.requests.writes(),
    seen: () => state.requests.seen,
  };
}

export function textbox(name: string | RegExp): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

/** The demo customer with umlauts and commas in its users' names. */
export const CUSTOMER = '10000001';
