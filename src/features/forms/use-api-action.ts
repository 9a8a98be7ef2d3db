import { type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { EndpointRef } from '@/api/permissions';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';

/**
 * A call the user triggers with a button rather than a form (a console ticket, reconfiguring IPMI,
 * saving a member list): one send per click, its error kept for the page (no toast), off during a
 * 429 countdown, and — for writes — off with the reason when the key may not write there.
 */
export function useApiAction<TData, TVariables = void>(
  options: UseMutationOptions<TData, Error, TVariables>,
  target: { endpoint: EndpointRef; params?: Readonly<Record<string, unknown>> },
) {
  const mutation = useMutation({ ...options, meta: { ...options.meta, form: true } });
  const writeReason = useWriteDisabledReason(target.endpoint, target.params);
  const disabledReason = target.endpoint.method === 'GET' ? null : writeReason;
  const { blocked } = useRateLimitCountdown();
  // isPending re-renders too late for two clicks in the same frame; a ref does not.
  const inFlight = useRef(false);
  const run = (variables: TVariables, callbacks: { onSuccess?: (data: TData) => void } = {}) => {
    if (inFlight.current || disabledReason || blocked) return;
    inFlight.current = true;
    mutation.mutate(variables, {
      onSuccess: (data) => callbacks.onSuccess?.(data),
      onSettled: () => {
        inFlight.current = false;
      },
    });
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
