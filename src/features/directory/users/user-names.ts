import type { UserDetail, UserSummary } from '../types';

/** What a person calls the user: the API's display name, else "Last, First", else the id. */
export function userDisplayName(user: Partial<UserSummary | UserDetail>): string {
  const name = user.name?.trim();
  if (name) return name;
  const parts = [user.lastname?.trim(), user.firstname?.trim()].filter(Boolean);
  if (parts.length > 0) return parts.join(', ');
  return user.username || user.id || 'Unnamed user';
}
