import { i18n } from '@/i18n';
import type { BulkAction } from './bulk-action';

const messages = i18n('bulk/bulk-delete', {
  delete: 'Delete',
  deleted: 'deleted',
});

/** What an area says about its bulk delete; the button, the confirm and "deleted" are the kit's. */
export type BulkDeleteSpec<T> = Omit<BulkAction<T>, 'label' | 'confirmLabel' | 'doneVerb'> & {
  /**
   * Only where a language makes the participle agree with the noun and the kit's word does not
   * fit (French "zones supprimées"): the area's own "deleted".
   */
  deleted?: string;
};

/** A bulk "Delete": one DELETE per item. Call it during render, so its words are the current language's. */
export function bulkDelete<T>({ deleted, ...spec }: BulkDeleteSpec<T>): BulkAction<T> {
  const t = messages.get();
  return { ...spec, label: t.delete, confirmLabel: t.delete, doneVerb: deleted ?? t.deleted };
}
