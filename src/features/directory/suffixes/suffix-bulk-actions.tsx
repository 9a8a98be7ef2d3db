import { endpoint } from '@/api/catalogue';
import { directoryKeys, directoryMutations } from '@/api/queries/directory';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkWrite } from '@/features/bulk/bulk-write';
import { WarningNote } from '@/features/ui/warning-note';
import type { SuffixItem, UserSummary } from '../types';
import { suffixLabel } from '../users/upn-fields';
import { usersWithSuffix } from './users-with-suffix';

/**
 * DELETE /v1/customer/suffix/{customerNumber}/{suffix} for each selected suffix. As for one
 * suffix, the confirmation says who still signs in with them (`users` undefined: not known).
 */
export function deleteSuffixes(
  customerNumber: string,
  users: readonly UserSummary[] | undefined,
): BulkAction<SuffixItem> {
  return {
    label: 'Delete',
    title: (n) => `Delete ${n === 1 ? '1 UPN suffix' : `${n} UPN suffixes`} of customer ${customerNumber}?`,
    confirmLabel: 'Delete',
    doneVerb: 'deleted',
    noun: ['suffix', 'suffixes'],
    endpoint: endpoint('suffix.delete'),
    writeParams: { customerNumber },
    itemLabel: (item) => `suffix ${suffixLabel(item.suffix)}`,
    write: (item) => bulkWrite(directoryMutations.deleteSuffix(customerNumber, item.suffix), undefined),
    listKey: directoryKeys.suffixes(customerNumber),
    warning: (items) => {
      if (!users)
        return (
          <WarningNote>
            The users could not be loaded, so it is not known who still signs in with these.
          </WarningNote>
        );
      const signingIn = new Set(items.flatMap((item) => usersWithSuffix(users, item.suffix)));
      return signingIn.size === 0 ? null : (
        <WarningNote
          title={`${signingIn.size === 1 ? '1 user still signs in' : `${signingIn.size} users still sign in`} with these suffixes`}
        >
          Give them a UPN with another suffix first, or they may no longer be able to sign in.
        </WarningNote>
      );
    },
  };
}
