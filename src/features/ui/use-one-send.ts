import { type MutateOptions, type UseMutationOptions, useMutation } from '@tanstack/react-query';
import { useRef } from 'react';

/**
 * A mutation sent at most once at a time, for a button outside a form (a delete's confirmation, a
 * password reset). `isPending` re-renders too late to stop a second click in the same frame (a fast
 * double click): the second would send again. A ref set before the send does not wait for React.
 */
export function useOneSend<TData, TError, TVariables, TContext = unknown>(
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
) {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const send = (
    variables: TVariables,
    callbacks: MutateOptions<TData, TError, TVariables, TContext> = {},
  ) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(variables, {
      ...callbacks,
      onSettled: (...settled) => {
        inFlight.current = false;
        callbacks.onSettled?.(...settled);
      },
    });
  };
  return { mutation, send };
}
