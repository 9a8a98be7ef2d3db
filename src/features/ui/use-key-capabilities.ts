import { useSyncExternalStore } from 'react';
import { type KeyCapabilities, keyCapabilitiesStore, refusalReason } from '@/api/key-capabilities';
import type { EndpointRef } from '@/api/permissions';

export function useKeyCapabilities(): KeyCapabilities {
  return useSyncExternalStore(keyCapabilitiesStore.subscribe, keyCapabilitiesStore.get);
}

/**
 * Why a control that calls `endpoint` (a catalogue entry) with these path params is off, or null
 * when the key is not known to be refused there. Each control asks about its own endpoint, so
 * one refusal turns off only what it refused. Without arguments: whether writes are off for the
 * whole key (a key known to be read-only).
 */
export function useWriteDisabledReason(
  endpoint?: EndpointRef,
  params?: Record<string, unknown>,
): string | null {
  return refusalReason(useKeyCapabilities(), endpoint, params);
}
