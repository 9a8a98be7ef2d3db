import { isApiError } from '@/api/api-error';
import { orderingSwitch } from '@/api/permissions';
import { i18n } from '@/i18n';

const messages = i18n('internet/ordering', {
  balanceTitle: 'Not ordered: not enough balance',
  balanceText:
    'The account’s balance does not cover this order. Top it up on the 4b42 website, then order again: your input is kept.',
  disabledTitle: 'Not ordered: ordering is not enabled for this key',
});

/** What an order's refusal means for the user, beyond the API's words; null for other errors. */
export function orderRefusal(error: unknown): { title: string; text: string } | null {
  if (!isApiError(error)) return null;
  const t = messages.get();
  if (error.status === 402) return { title: t.balanceTitle, text: t.balanceText };
  if (error.code === 'ORDERING_NOT_ENABLED') return { title: t.disabledTitle, text: orderingSwitch() };
  return null;
}
