import type { UserRecord } from './types';

/** "Lastname, Firstname": the user's CN, `name` and `displayname`, as the docs show them. */
export function displayName(user: Pick<UserRecord, 'lastname' | 'firstname'>): string {
  return `${user.lastname}, ${user.firstname}`;
}
