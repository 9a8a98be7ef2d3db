import { isApiError } from '@/api/api-error';
import { useKeyCapabilities } from '../ui/use-key-capabilities';

/** Where the API's own message says ordering is switched on. */
export const ORDERING_SWITCH =
  'Ordering is switched on per API key on the 4b42 website, under “Access”. Reconnect with the key afterwards.';

export const ORDERING_OFF_REASON = `Ordering is not enabled for this key (the API answered 403 ORDERING_NOT_ENABLED). ${ORDERING_SWITCH}`;

/**
 * Why this key may not order, or null. The flag lives in the key's capabilities (one per
 * connection, src/api/key-capabilities.ts): known up front for the demo keys, learned from the
 * first ORDERING_NOT_ENABLED for a real key. It also turns the read-only reason into one.
 * TODO(portal-sandbox): the per-endpoint permission store replaces this flag when it lands.
 */
export function useOrderingDisabledReason(writeOff: string | null): string | null {
  const { orderingDisabled } = useKeyCapabilities();
  return writeOff ?? (orderingDisabled ? ORDERING_OFF_REASON : null);
}

/** What an order's refusal means for the user, beyond the API's words; null for other errors. */
export function orderRefusal(error: unknown): { title: string; text: string } | null {
  if (!isApiError(error)) return null;
  if (error.status === 402) {
    return {
      title: 'Not ordered: not enough balance',
      text: 'The account’s balance does not cover this order. Top it up on the 4b42 website, then order again: your input is kept.',
    };
  }
  if (error.code === 'ORDERING_NOT_ENABLED') {
    return { title: 'Not ordered: ordering is not enabled for this key', text: ORDERING_SWITCH };
  }
  return null;
}
