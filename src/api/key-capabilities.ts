import { onApiCall } from './call-events';
import { connectionStore } from './connection';
import { createExternalStore } from './external-store';

/**
 * What the current key may do, so controls can say why they are off instead of failing after
 * a click. For the demo keys it is known up front; for a real key it is learned from the API's
 * 403 answers (METHOD_RESTRICTED, ORDERING_NOT_ENABLED), since the API offers no way to ask.
 */
export interface KeyCapabilities {
  readOnly: boolean;
  /** Set when the key only reaches one customer (self-service). */
  customerNumber: string | null;
  orderingDisabled: boolean;
}

const UNRESTRICTED: KeyCapabilities = { readOnly: false, customerNumber: null, orderingDisabled: false };

export const keyCapabilitiesStore = createExternalStore<KeyCapabilities>(UNRESTRICTED);

export function setKeyCapabilities(capabilities: Partial<KeyCapabilities> | null): void {
  keyCapabilitiesStore.set(capabilities ? { ...UNRESTRICTED, ...capabilities } : UNRESTRICTED);
}

onApiCall((event) => {
  if (event.code === 'METHOD_RESTRICTED' && event.method !== 'GET') {
    keyCapabilitiesStore.set((c) => (c.readOnly ? c : { ...c, readOnly: true }));
  }
  if (event.code === 'ORDERING_NOT_ENABLED') {
    keyCapabilitiesStore.set((c) => (c.orderingDisabled ? c : { ...c, orderingDisabled: true }));
  }
});

// Each key starts from what is known of it up front; learned restrictions go with the key.
const fromConnection = () => setKeyCapabilities(connectionStore.get()?.capabilities ?? null);
fromConnection();
connectionStore.subscribe(fromConnection);

export const READ_ONLY_REASON = 'This key is read-only: the API answers writes with 403 METHOD_RESTRICTED.';
