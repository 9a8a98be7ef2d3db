import { endpoint } from '@/api/catalogue';
import { domainLabel } from '@/api/domain/domain-name';
import { directoryKeys, directoryMutations } from '@/api/queries/directory';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkDelete } from '@/features/bulk/bulk-delete';
import { bulkWrite } from '@/features/bulk/bulk-write';
import { WarningNote } from '@/features/ui/warning-note';
import { count, i18n, params } from '@/i18n';
import type { SuffixItem, UserSummary } from '../types';
import { usersWithSuffix } from './users-with-suffix';

/** The action's words; the page passes them in, so the action follows the language. */
export const suffixBulkMessages = i18n('directory/suffix-bulk-actions', {
  title: params<{ customerNumber: string }>(
    count({
      one: 'Delete 1 UPN suffix of customer {customerNumber}?',
      other: 'Delete {count} UPN suffixes of customer {customerNumber}?',
    }),
  ),
  one: 'suffix',
  many: 'suffixes',
  item: params<{ suffix: string }>('suffix {suffix}'),
  unknown: 'The users could not be loaded, so it is not known who still signs in with these.',
  signingIn: count({
    one: '1 user still signs in with these suffixes',
    other: '{count} users still sign in with these suffixes',
  }),
  advice: 'Give them a UPN with another suffix first, or they may no longer be able to sign in.',
});
type Texts = ReturnType<typeof suffixBulkMessages.get>;

/**
 * DELETE /v1/customer/suffix/{customerNumber}/{suffix} for each selected suffix. As for one
 * suffix, the confirmation says who still signs in with them (`users` undefined: not known).
 */
export function deleteSuffixes(
  customerNumber: string,
  users: readonly UserSummary[] | undefined,
  t: Texts,
): BulkAction<SuffixItem> {
  return bulkDelete({
    title: (n) => t.title({ customerNumber })(n),
    noun: [t.one, t.many],
    endpoint: endpoint('suffix.delete'),
    writeParams: { customerNumber },
    itemLabel: (item) => t.item({ suffix: domainLabel(item.suffix) }),
    write: (item) => bulkWrite(directoryMutations.deleteSuffix(customerNumber, item.suffix), undefined),
    listKey: directoryKeys.suffixes(customerNumber),
    warning: (items) => {
      if (!users) return <WarningNote>{t.unknown}</WarningNote>;
      const signingIn = new Set(items.flatMap((item) => usersWithSuffix(users, item.suffix)));
      return signingIn.size === 0 ? null : (
        <WarningNote title={t.signingIn(signingIn.size)}>{t.advice}</WarningNote>
      );
    },
  });
}
