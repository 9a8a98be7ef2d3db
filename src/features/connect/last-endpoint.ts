import { KEY_HEADER_STYLES } from '@/api/connection';
import type { ConnectFormValues } from './connect-schema';

/**
 * The last real API the form reached and how it sent the key, never the key: after a sign-out or a
 * rejected key the form starts from it, so a new key is not sent to the documented default
 * instead. Kept where the key was: this tab, or this device when the user chose to remember.
 */
const STORAGE_KEY = '4b42.endpoint';

type Endpoint = Pick<ConnectFormValues, 'baseUrl' | 'keyHeader'>;

export function saveEndpoint({ baseUrl, keyHeader, remember }: Endpoint & { remember: boolean }): void {
  try {
    (remember ? sessionStorage : localStorage).removeItem(STORAGE_KEY);
    (remember ? localStorage : sessionStorage).setItem(STORAGE_KEY, JSON.stringify({ baseUrl, keyHeader }));
  } catch {
    // No storage (a locked-down browser): the form starts from the documented defaults.
  }
}

export function lastEndpoint(): Partial<Endpoint> {
  try {
    for (const storage of [sessionStorage, localStorage]) {
      const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<Endpoint> | null;
      if (typeof saved?.baseUrl === 'string' && Object.hasOwn(KEY_HEADER_STYLES, saved.keyHeader ?? '')) {
        return { baseUrl: saved.baseUrl, keyHeader: saved.keyHeader };
      }
    }
  } catch {
    // Unreadable: the defaults.
  }
  return {};
}
