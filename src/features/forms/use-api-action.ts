import type { UseMutationOptions } from '@tanstack/react-query';
import type { EndpointRef } from '@/api/permissions';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { useOneSend } from '@/features/ui/use-one-send';

/**
 * A call the user triggers with a button rather than a form (a console ticket, reconfiguring IPMI,
 * saving a member list): one send per click, its error kept for the page (no toast), off during a
 * 429 countdown, and — for writes — off with the reason when the key may not write there.
 */
export function useApiAction<TData, TVariables = void>(
  options: UseMutationOptions<TData, Error, TVariables>,
  target: { endpoint: EndpointRef; params?: Readonly<Record<string, unknown>> },
) {
  const { mutation, send } = useOneSend({ ...options, meta: { ...options.meta, form: true } });
  const writeReason = useWriteDisabledReason(target.endpoint, target.params);
  const disabledReason = target.endpoint.method === 'GET' ? null : writeReason;
  const { blocked } = useRateLimitCountdown();
  const run = (variables: TVariables, callbacks: { onSuccess?: (data: TData) => void } = {}) => {
    if (disabledReason || blocked) return;
    send(variables, { onSuccess: (data) => callbacks.onSuccess?.(data) });
  };
  return {
    run,
    mutation,
    pending: mutation.isPending,
    error: mutation.error,
    data: mutation.data,
    /** Its button is a `SendButton`, which says "Wait 0:12" during a 429 countdown. */
    disabledReason,
  };
}
