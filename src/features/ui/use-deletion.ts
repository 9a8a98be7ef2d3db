import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { isAlreadyGone } from '@/api/queries/already-gone';
import { notify } from '../notifications/notify';

export interface Deletion {
  removal: UseMutationResult<unknown, unknown, void>;
  /** Sends the DELETE; on success says so in a toast and calls `onDeleted`. */
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
  const removal = useMutation({ ...options, meta: { form: true } });
  const remove = () =>
    removal.mutate(undefined, {
      onSuccess: (result) => {
        // A 404 to the DELETE: someone else was quicker; the caches have dropped it all the same.
        notify({
          kind: 'success',
          title: isAlreadyGone(result) ? `${what} was already deleted` : `${what} deleted`,
        });
        onDeleted();
      },
    });
  return { removal, remove };
}
