import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { DefaultValues, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import { applyServerErrors } from './apply-server-errors';
import { type FieldChange, mergeWithServer } from './server-changes';

/** After a write whose answer was lost: what re-reading found. */
export type LostAnswer<TData> =
  | { state: 'checking'; error: unknown }
  | { state: 'found'; error: unknown; data: TData }
  | { state: 'not-found'; error: unknown }
  | { state: 'unknown'; error: unknown; checkError: unknown };

export interface FormSubmission<TData = unknown> {
  /** For `<form onSubmit>`: validates, then sends once. */
  onSubmit: (event?: FormEvent) => Promise<void>;
  /** The last failure that did not land on a field: show it with `FormErrorSummary`. */
  unplacedError: unknown;
  /** The last failure that did land on fields: its status, code and meaning still need saying. */
  placedError: unknown;
  /** A write that may have been carried out, and what re-reading found: `LostAnswerPanel`. */
  lostAnswer: LostAnswer<TData> | null;
  /** While a submit would be a blind retry (the lost answer is not settled as missing): its state. */
  undecided: Exclude<LostAnswer<TData>['state'], 'not-found'> | null;
  /** Fields the server changed meanwhile (after a `conflict`): `ServerChangesPanel`. */
  serverChanges: readonly FieldChange[];
  dismissServerChanges(): void;
  /** Found: carry on as after a successful save (runs `onSuccess`). */
  acceptFound(): void;
  /** Not found (or, knowingly, could not check): the user chose to send the same values once more. */
  sendAgain(): void;
  /** Re-reading failed, or found nothing yet: read again (never re-sends the write). */
  checkAgain(): void;
}

/**
 * Wires a react-hook-form form to a mutation the way every form in the console works: one request
 * per submit even on a double click, API field errors on their fields (focus on the first) and
 * every error kept for `FormErrorSummary`, and the values never reset on failure.
 * The mutation should carry `meta: { form: true }` so the caches do not also show a toast.
 *
 * A write whose answer was lost (timeout, broken connection, 5xx) is never re-sent on its own:
 * with `reconcile` the form re-reads what the write would have created or changed and offers
 * "open it" or "send again" from what it found. A `conflict` with `reload` reloads the record,
 * keeps the user's edits and lists what the server changed.
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
  reconcile,
  reload,
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
  /**
   * Re-reads what the write would have created or changed; resolves to it when it carries the
   * sent values (the write happened), to null when not. Declared per endpoint in its query
   * factory (e.g. `customerReconcile.create`).
   */
  reconcile?: (values: TOutput) => Promise<TData | null>;
  /** The record as it is now on the server, as form values (for a `conflict`). */
  reload?: () => Promise<TValues>;
}): FormSubmission<TData> {
  const [unplacedError, setUnplacedError] = useState<unknown>(null);
  const [placedError, setPlacedError] = useState<unknown>(null);
  const [lostAnswer, setLostAnswer] = useState<LostAnswer<TData> | null>(null);
  const [serverChanges, setServerChanges] = useState<readonly FieldChange[]>([]);
  const lastSent = useRef<TOutput | null>(null);
  // isPending re-renders too late for two clicks in the same frame; a ref does not.
  const inFlight = useRef(false);
  const { mutate } = mutation;

  const check = useCallback(
    (values: TOutput, error: unknown) => {
      if (!reconcile) return;
      setLostAnswer({ state: 'checking', error });
      reconcile(values).then(
        (data) =>
          setLostAnswer(data == null ? { state: 'not-found', error } : { state: 'found', error, data }),
        (checkError: unknown) => setLostAnswer({ state: 'unknown', error, checkError }),
      );
    },
    [reconcile],
  );

  const reloadAfterConflict = useCallback(
    async (error: unknown) => {
      if (!reload) return false;
      try {
        const theirs = (await reload()) as Record<string, unknown>;
        const base = (form.formState.defaultValues ?? {}) as Record<string, unknown>;
        const mine = form.getValues() as Record<string, unknown>;
        const merged = mergeWithServer(base, mine, theirs);
        // The server's values become what the form started from; the user's edits stay on top.
        form.reset(theirs as DefaultValues<TValues>);
        form.reset(merged.values as DefaultValues<TValues>, { keepDefaultValues: true });
        setServerChanges(merged.changes);
        setUnplacedError(merged.changes.length === 0 ? error : null);
        return true;
      } catch {
        return false;
      }
    },
    [reload, form],
  );

  const send = useCallback(
    (values: TOutput) => {
      if (inFlight.current) return;
      inFlight.current = true;
      lastSent.current = values;
      setUnplacedError(null);
      setPlacedError(null);
      setLostAnswer(null);
      setServerChanges([]);
      mutate(values, {
        onSuccess: (data) => onSuccess(data, values),
        onError: (error) => {
          if (isApiError(error) && error.outcomeUnknown && reconcile) {
            check(values, error);
            return;
          }
          if (isApiError(error) && error.code === 'conflict' && reload) {
            void reloadAfterConflict(error).then((done) => {
              if (!done) setUnplacedError(error);
            });
            return;
          }
          const landed = applyServerErrors(error, form.setError, { fields, aliases, codeFields });
          setUnplacedError(landed ? null : error);
          setPlacedError(landed ? error : null);
        },
        onSettled: () => {
          inFlight.current = false;
        },
      });
    },
    [
      mutate,
      form.setError,
      fields,
      aliases,
      codeFields,
      onSuccess,
      reconcile,
      reload,
      check,
      reloadAfterConflict,
    ],
  );

  const validateAndSend = form.handleSubmit(send);
  // While the outcome of the last write is unknown, or it was found, a submit would be a blind retry.
  const undecided = lostAnswer === null || lostAnswer.state === 'not-found' ? null : lostAnswer.state;
  const onSubmit = async (event?: FormEvent) => {
    if (disabled || undecided) {
      event?.preventDefault();
      return;
    }
    await validateAndSend(event);
  };

  const acceptFound = () => {
    if (lostAnswer?.state === 'found' && lastSent.current) {
      const data = lostAnswer.data;
      setLostAnswer(null);
      onSuccess(data, lastSent.current);
    }
  };
  const sendAgain = () => {
    const chosen = lostAnswer?.state === 'not-found' || lostAnswer?.state === 'unknown';
    if (chosen && lastSent.current) send(lastSent.current);
  };
  const checkAgain = () => {
    // After a failed read, or a miss that proves nothing yet (an order listed only later).
    const open = lostAnswer?.state === 'unknown' || lostAnswer?.state === 'not-found';
    if (open && lastSent.current) check(lastSent.current, lostAnswer.error);
  };

  return {
    onSubmit,
    unplacedError,
    placedError,
    lostAnswer,
    undecided,
    serverChanges,
    dismissServerChanges: () => setServerChanges([]),
    acceptFound,
    sendAgain,
    checkAgain,
  };
}
