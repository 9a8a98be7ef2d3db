import { endpoint } from '@/api/catalogue';
import { directoryKeys, directoryMutations } from '@/api/queries/directory';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkWrite } from '@/features/bulk/bulk-write';
import type { GroupSummary } from '../types';

/** DELETE /v1/customer/group/{customerNumber}/{groupName} for each selected group. */
export function deleteGroups(customerNumber: string): BulkAction<GroupSummary> {
  return {
    label: 'Delete',
    title: (n) => `Delete ${n === 1 ? '1 group' : `${n} groups`} of customer ${customerNumber}?`,
    confirmLabel: 'Delete',
    doneVerb: 'deleted',
    noun: ['group', 'groups'],
    endpoint: endpoint('group.delete'),
    writeParams: { customerNumber },
    itemLabel: (group) => `group ${group.name}`,
    write: (group) => bulkWrite(directoryMutations.deleteGroup(customerNumber, group.name), undefined),
    listKey: directoryKeys.groups(customerNumber),
  };
}
