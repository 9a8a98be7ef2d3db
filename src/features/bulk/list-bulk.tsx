import type { ListBulk } from '@/features/lists/row-selection';
import type { BulkAction } from './bulk-action';
import { BulkActionButton } from './bulk-action-button';

/**
 * A list's `bulk` prop from its actions: a checkbox per row named by the action's `itemLabel`
 * ("Select customer 10001") and one toolbar button per action. Keep the result stable (module
 * level or useMemo): the table's columns are rebuilt when it changes.
 */
export function listBulk<T>(actions: readonly BulkAction<T>[]): ListBulk<T> {
  const first = actions[0];
  if (!first) throw new Error('listBulk needs at least one action');
  return {
    rowLabel: first.itemLabel,
    actions: (selected, clear) =>
      actions.map((action) => (
        <BulkActionButton key={action.label} action={action} items={selected} onFinished={clear} />
      )),
  };
}
