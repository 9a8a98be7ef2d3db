import {
  type MutateOptions,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import {
  type Control,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type UseFormReturn,
  useForm,
  useWatch,
} from 'react-hook-form';
import type { EndpointRef } from '@/api/permissions';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { i18n, useMessages } from '@/i18n';
import { changedFields, type FormSchema, formResolver } from './form-resolver';
import { useFormDraft } from './use-form-draft';
import { useFormSubmission } from './use-form-submission';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

const messages = i18n('forms/use-api-form', { record: 'the record' });

export interface UseApiFormOptions<TValues extends FieldValues, TOutput, TData, TVariables> {
  /** The catalogue entry the form writes to, and its path params: they decide whether it may. */
  endpoint: EndpointRef;
  params?: Readonly<Record<string, unknown>>;
  /** Checks the values and produces what is sent (usually the catalogue's body schema). */
  schema: FormSchema<TOutput>;
  defaultValues: TValues;
  /** A query factory's `mutationOptions`; the kit adds `meta: { form: true }`. */
  mutation: UseMutationOptions<TData, Error, TVariables>;
  /** What is sent, from the checked values and the names of the fields the user changed. */
  toVariables?: (output: TOutput, changed: readonly string[]) => TVariables;
  /** One per form and entity, e.g. `zone.edit.4b42.com`. */
  draftKey: string;
  /** Never kept in the draft (passwords). */
  draftOmit?: readonly string[];
  /** Where API field errors may land; default: every field of `defaultValues`. */
  fields?: readonly FieldPath<TValues>[];
  aliases?: Readonly<Record<string, FieldPath<TValues>>>;
  /** Codes that stand for one field (`ZONE_ALREADY_IN_USE` → `name`). */
  codeFields?: Readonly<Record<string, string>>;
  /** `sent`: what went out (after `toVariables`). */
  onSuccess: (data: TData, output: TOutput, sent: TVariables) => void;
  /**
   * After a lost answer (timeout, broken connection, 5xx): re-reads what the write would have
   * created or changed; the record when it carries what was sent, else null. Declared per
   * endpoint in its query factory (e.g. `customerReconcile.create`); it reads with `client`.
   * Read when needed, so a new function on each render is fine.
   */
  reconcile?: (sent: TVariables, client: QueryClient) => Promise<TData | null>;
  /**
   * Editing: the record as it is now on the server, as form values (after a `conflict`); it reads
   * with `client` (see `readFresh`). Read when needed, like `reconcile`.
   */
  reload?: (client: QueryClient) => Promise<TValues>;
  /** What the write makes, for the lost-answer text ("the customer"). */
  noun?: string;
  /** The inputs' labels, for the lists of fields the server changed. */
  labels?: Readonly<Record<string, string>>;
}

/**
 * Everything a form in the console does, from its fields and schema: the resolver over the whole
 * form (all errors at once, untouched stored values never block), the draft, the leave guard
 * (which does not ask once every change is reverted), one send per click, API errors on their
 * fields, and why writing is off. Render it in `ApiForm`.
 */
export function useApiForm<TValues extends FieldValues, TOutput, TData, TVariables = TOutput>(
  options: UseApiFormOptions<TValues, TOutput, TData, TVariables>,
) {
  const defaultsRef = useRef(options.defaultValues);
  defaultsRef.current = options.defaultValues;
  const controlRef = useRef<Control<TValues, unknown, TOutput> | null>(null);
  const resolver = useMemo(
    () =>
      formResolver<TValues, TOutput>(
        options.schema,
        () => defaultsRef.current,
        () => {
          // The control's own state: the rendered `formState` is a render behind, and a submit's
          // check runs before its next render.
          const state = controlRef.current?._formState;
          return !!state && (state.isSubmitting || state.isSubmitted);
        },
      ),
    [options.schema],
  );
  const form = useForm<TValues, unknown, TOutput>({
    resolver,
    defaultValues: options.defaultValues as DefaultValues<TValues>,
    mode: 'onTouched',
    criteriaMode: 'all',
    shouldFocusError: true,
  });
  controlRef.current = form.control;
  const changed = useChangedFields(form, options.defaultValues);
  const changedRef = useRef(changed);
  changedRef.current = changed;

  const mutation = useMutation({ ...options.mutation, meta: { ...options.mutation.meta, form: true } });
  const writeOff = useWriteDisabledReason(options.endpoint, options.params);
  const t = useMessages(messages);
  const draft = useFormDraft(form, { key: options.draftKey, omit: options.draftOmit });
  const { toVariables } = options;
  const { mutate } = mutation;
  // What the last send put on the wire: a lost answer is checked against it, not the form.
  const sentRef = useRef<TVariables | null>(null);
  // The submission hands over checked values; what goes out may be less (only changed fields).
  // Its callbacks read only the answer and the error, never the variables.
  const send = useMemo(
    (): Pick<UseMutationResult<TData, Error, TOutput>, 'mutate'> => ({
      mutate: (...[output, callbacks]) => {
        const variables = toVariables
          ? toVariables(output as TOutput, changedRef.current)
          : (output as TVariables);
        sentRef.current = variables;
        mutate(variables, callbacks as MutateOptions<TData, Error, TVariables> | undefined);
      },
    }),
    [mutate, toVariables],
  );
  const client = useQueryClient();
  const { reconcile: reconcileSent, reload: reloadWith } = options;
  // Only ever called after a send, so what was sent is known.
  const reconcile = useLatestCall(
    reconcileSent && (() => reconcileSent(sentRef.current as TVariables, client)),
  );
  const reload = useLatestCall(reloadWith && (() => reloadWith(client)));
  const fields = useMemo(
    () => options.fields ?? (Object.keys(defaultsRef.current) as FieldPath<TValues>[]),
    [options.fields],
  );
  const onSuccessRef = useRef(options.onSuccess);
  onSuccessRef.current = options.onSuccess;
  const submission = useFormSubmission({
    form,
    mutation: send,
    fields,
    aliases: options.aliases,
    codeFields: options.codeFields,
    disabled: writeOff !== null,
    reconcile,
    reload,
    onSuccess: (data: TData, output: TOutput) => {
      draft.clear();
      guard.allowNavigation();
      onSuccessRef.current(data, output, sentRef.current as TVariables);
    },
  });

  // A lost answer found saved: what was typed is on the server, so leaving loses nothing, and the
  // draft must not bring it back for a second send.
  const foundSaved = submission.lostAnswer?.state === 'found';
  const guard = useUnsavedChangesGuard({ dirty: changed.length > 0 && !foundSaved, onLeave: draft.clear });
  const { clear: clearDraft } = draft;
  useEffect(() => {
    if (foundSaved) clearDraft();
  }, [foundSaved, clearDraft]);

  return {
    form,
    mutation,
    onSubmit: submission.onSubmit,
    unplacedError: submission.unplacedError,
    /** Lost answers and `conflict`s: rendered by `ApiForm`. */
    submission,
    noun: options.noun ?? t.record,
    /** The write places an order (the catalogue says so): a lost answer's miss proves nothing. */
    order: options.endpoint.order === true,
    labels: options.labels,
    pending: mutation.isPending,
    writeOff,
    draft,
    guard,
    /** The fields whose value differs from the starting one (reverting a change removes it). */
    changed,
  };
}

/**
 * The fields whose value differs from the starting one, live. Empty text and no value are the
 * same, so typing and then deleting a change leaves nothing changed (and the leave guard quiet).
 */
function useChangedFields<TValues extends FieldValues>(
  form: UseFormReturn<TValues, unknown, unknown>,
  defaults: Partial<TValues>,
): string[] {
  const values = useWatch({ control: form.control }) as TValues;
  return changedFields(values, defaults);
}

/**
 * A stable function that calls the latest `call` given (pages pass a new one on each render), or
 * undefined while none is given.
 */
function useLatestCall<R>(call: (() => R) | undefined): (() => R) | undefined {
  const latest = useRef(call);
  latest.current = call;
  const given = call !== undefined;
  return useMemo(() => (given ? () => (latest.current as () => R)() : undefined), [given]);
}
