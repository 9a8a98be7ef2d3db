import { isApiError } from '@/api/api-error';
import { i18n } from '@/i18n';

/** Both editions' ways of saying "that user/group is not there": the page says which and why. */
export function missingObject(error: unknown): 'user' | 'group' | 'suffix' | 'customer' | null {
  if (!isApiError(error) || error.kind !== 'http') return null;
  if (error.code === 'USER_DOES_NOT_EXIST') return 'user';
  if (error.code === 'GROUP_DOES_NOT_EXIST') return 'group';
  if (error.code === 'INVALID_CUSTOMER_NUMBER') return 'customer';
  if (error.status !== 404 && error.code !== 'not_found') return null;
  const endpoint = error.endpointId ?? '';
  if (endpoint.startsWith('user.')) return 'user';
  if (endpoint.startsWith('group.')) return 'group';
  if (endpoint.startsWith('suffix.')) return 'suffix';
  return null;
}

export const missingMessages = i18n('directory/not-found-codes', {
  user: 'This user does not exist (any more): it may have been deleted, or the id in the address is mistyped.',
  group: 'This group does not exist (any more): it may have been deleted or renamed.',
  suffix: 'This UPN suffix does not exist (any more).',
  customer: 'This customer number does not exist or this key cannot reach it.',
});
