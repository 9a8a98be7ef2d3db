import { useSuspenseQuery } from '@tanstack/react-query';
import { customerOfUser, directoryQueries } from '@/api/queries/directory';
import type { UserDetail, UserSummary } from '../types';

/**
 * One user: GET /v1/customer/user/{userId}, filled in from the customer's user list, since the
 * documented detail lacks the UPN, the username and the id that the list carries.
 */
export function useUser(userId: string): UserDetail & { id: string } {
  const { data: detail } = useSuspenseQuery(directoryQueries.user(userId));
  const { data: list } = useSuspenseQuery(directoryQueries.users(customerOfUser(userId)));
  const summary: Partial<UserSummary> = list.find((u) => u.id === userId) ?? {};
  const merged: UserDetail = { ...summary };
  for (const [key, value] of Object.entries(detail)) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return { ...merged, id: userId };
}
