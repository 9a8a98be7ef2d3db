import { i18n } from '@/i18n';
import type { UserDetail, UserSummary } from '../types';

const messages = i18n('directory/user-names', { unnamed: 'Unnamed user' });

/** What a person calls the user: the API's display name, else "Last, First", else the id. */
export function userDisplayName(user: Partial<UserSummary | UserDetail>): string {
  const name = user.name?.trim();
  if (name) return name;
  const parts = [user.lastname?.trim(), user.firstname?.trim()].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return user.username || user.id || messages.get().unnamed;
}
