import { endpoint } from '@/api/catalogue';
import { directoryKeys, directoryMutations } from '@/api/queries/directory';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkDelete } from '@/features/bulk/bulk-delete';
import { bulkWrite } from '@/features/bulk/bulk-write';
import { count, i18n, params } from '@/i18n';
import type { GroupSummary } from '../types';

/** The action's words; the list page passes them in, so the action follows the language. */
export const groupBulkMessages = i18n('directory/group-bulk-actions', {
  title: params<{ customerNumber: string }>(
    count({
      one: 'Delete 1 group of customer {customerNumber}?',
      other: 'Delete {count} groups of customer {customerNumber}?',
    }),
  ),
  one: 'group',
  many: 'groups',
  item: params<{ name: string }>('group {name}'),
});
type Texts = ReturnType<typeof groupBulkMessages.get>;

/** DELETE /v1/customer/group/{customerNumber}/{groupName} for each selected group. */
export function deleteGroups(customerNumber: string, t: Texts): BulkAction<GroupSummary> {
  return bulkDelete({
    title: (n) => t.title({ customerNumber })(n),
    noun: [t.one, t.many],
    endpoint: endpoint('group.delete'),
    writeParams: { customerNumber },
    itemLabel: (group) => t.item({ name: group.name }),
    write: (group) => bulkWrite(directoryMutations.deleteGroup(customerNumber, group.name), undefined),
    listKey: directoryKeys.groups(customerNumber),
  });
}
