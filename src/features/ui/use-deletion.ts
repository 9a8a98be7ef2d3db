import type { UseMutationOptions, UseMutationResult } from '@tanstack/react-query';
import { isAlreadyGone } from '@/api/queries/already-gone';
import { notify } from '@/features/notifications/notify';
import { i18n, params } from '@/i18n';
import { useOneSend } from './use-one-send';

// `what` is the area's name for the object, in the current language ("Zone 4b42.com").
const messages = i18n('ui/use-deletion', {
  gone: params<{ what: string }>('{what} was already deleted'),
  deleted: params<{ what: string }>('{what} deleted'),
});

export interface Deletion {
  removal: UseMutationResult<unknown, unknown, void>;
  /** Sends the DELETE (once, however fast the clicks); on success says so in a toast and calls `onDeleted`. */
  remove: () => void;
}

/**
 * A detail page's DELETE. Its errors are shown by the confirmation dialog (`meta.form`), not as a
 * toast. Once `removal.isSuccess`, the page should stop rendering the object: its query is gone.
 */
export function useDeletion<TData, TError>(
  options: UseMutationOptions<TData, TError, void>,
  { what, onDeleted }: { what: string; onDeleted: () => void },
): Deletion {
  const { mutation: removal, send } = useOneSend({ ...options, meta: { form: true } });
  const remove = () =>
    send(undefined, {
      onSuccess: (result) => {
        // A 404 to the DELETE: someone else was quicker; the caches have dropped it all the same.
        notify({
          kind: 'success',
          title: isAlreadyGone(result) ? messages.get().gone({ what }) : messages.get().deleted({ what }),
        });
        onDeleted();
      },
    });
  return { removal, remove };
}
