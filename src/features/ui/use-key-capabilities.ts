import { useSyncExternalStore } from 'react';
import { type KeyCapabilities, keyCapabilitiesStore, READ_ONLY_REASON } from '../../api/key-capabilities';

export function useKeyCapabilities(): KeyCapabilities {
  return useSyncExternalStore(keyCapabilitiesStore.subscribe, keyCapabilitiesStore.get);
}

/** Why writes are off for this key, or null when they are allowed. */
export function useWriteDisabledReason(): string | null {
  return useKeyCapabilities().readOnly ? READ_ONLY_REASON : null;
}
