import { isApiError } from '@/api/api-error';
import { ORDERING_SWITCH } from '@/api/permissions';

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
