import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { applyServerErrors } from './apply-server-errors';

export interface FormSubmission {
  /** For `<form onSubmit>`: validates, then sends once. */
  onSubmit: (event?: FormEvent) => Promise<void>;
  /** The last failure that did not land on a field: show it with `FormErrorSummary`. */
  unplacedError: unknown;
}

/**
 * Wires a react-hook-form form to a mutation the way every form in the console works: one request
 * per submit even on a double click, API field errors on their fields (focus on the first), any
 * other error kept for `FormErrorSummary`, and the values never reset on failure.
 * The mutation should carry `meta: { form: true }` so the caches do not also show a toast.
 */
export function useFormSubmission<
  TValues extends FieldValues,
  TOutput extends TVariables,
  TData,
  TError,
  TVariables,
>({
  form,
  mutation,
  fields,
  aliases,
  codeFields,
  onSuccess,
  disabled = false,
}: {
  form: UseFormReturn<TValues, unknown, TOutput>;
  mutation: Pick<UseMutationResult<TData, TError, TVariables>, 'mutate'>;
  fields: readonly FieldPath<TValues>[];
  aliases?: Readonly<Record<string, FieldPath<TValues>>>;
  /** See `applyServerErrors`: codes that stand for one field. */
  codeFields?: Readonly<Record<string, string>>;
  onSuccess: (data: TData, values: TOutput) => void;
  /** E.g. a read-only key: Enter in a field must not send what the button says is off. */
  disabled?: boolean;
}): FormSubmission {
  const [unplacedError, setUnplacedError] = useState<unknown>(null);
  // isPending re-renders too late for two clicks in the same frame; a ref does not.
  const inFlight = useRef(false);
  const { mutate } = mutation;

  const send = useCallback(
    (values: TOutput) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setUnplacedError(null);
      mutate(values, {
        onSuccess: (data) => onSuccess(data, values),
        onError: (error) => {
          const landed = applyServerErrors(error, form.setError, { fields, aliases, codeFields });
          setUnplacedError(landed ? null : error);
        },
        onSettled: () => {
          inFlight.current = false;
        },
      });
    },
    [mutate, form.setError, fields, aliases, codeFields, onSuccess],
  );

  const validateAndSend = form.handleSubmit(send);
  const onSubmit = async (event?: FormEvent) => {
    if (disabled) {
      event?.preventDefault();
      return;
    }
    await validateAndSend(event);
  };
  return { onSubmit, unplacedError };
}
