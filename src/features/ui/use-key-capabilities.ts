import { useSyncExternalStore } from 'react';
import type { AnyEndpoint } from '@/api/endpoint';
import { type KeyCapabilities, keyCapabilitiesStore, READ_ONLY_REASON } from '@/api/key-capabilities';

export function useKeyCapabilities(): KeyCapabilities {
  return useSyncExternalStore(keyCapabilitiesStore.subscribe, keyCapabilitiesStore.get);
}

/**
 * Why this key may not send this write, or null when it may. The one place a page asks: forms,
 * delete buttons and row actions pass the endpoint and the params they write to, so permissions
 * per path and method plug in here. Today the key is read-only as a whole or not at all.
 */
export function useWriteDisabledReason(
  _endpoint?: Pick<AnyEndpoint, 'method' | 'path'>,
  _params?: Readonly<Record<string, unknown>>,
): string | null {
  return useKeyCapabilities().readOnly ? READ_ONLY_REASON : null;
}
