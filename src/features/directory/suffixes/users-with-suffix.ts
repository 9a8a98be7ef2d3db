import { toAsciiDomain } from '@/api/domain/domain-name';
import type { UserSummary } from '../types';
import { splitUpn } from '../users/upn';

/** Users whose UPN ends in @suffix (compared in ASCII form, so "bücher.ch" finds "xn--bcher-kva.ch"). */
export function usersWithSuffix(users: readonly UserSummary[], suffix: string): UserSummary[] {
  const wanted = toAsciiDomain(suffix);
  return users.filter((user) => {
    const { suffix: own } = splitUpn(user.upn);
    return own !== '' && toAsciiDomain(own) === wanted;
  });
}
