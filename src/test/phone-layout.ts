import { vi } from 'vitest';
import { PHONE_QUERY } from '@/features/lists/use-phone-layout';

/** The window is phone-sized (jsdom has no matchMedia). Undo with `vi.unstubAllGlobals()`. */
export function stubPhoneLayout(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === PHONE_QUERY,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}
