import type { UseMutationResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import type { UserCreateBody } from '@/api/queries/directory';
import { DraftRestoredNote } from '@/features/forms/draft-restored-note';
import { FormErrorSummary } from '@/features/forms/form-error-summary';
import { formResolver } from '@/features/forms/form-resolver';
import { LostAnswerPanel } from '@/features/forms/lost-answer-panel';
import { SubmitButton } from '@/features/forms/submit-button';
import { UnsavedChangesDialog } from '@/features/forms/unsaved-changes-dialog';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { useFormSubmission } from '@/features/forms/use-form-submission';
import { useUnsavedChangesGuard } from '@/features/forms/use-unsaved-changes-guard';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { WarningNote } from '@/features/ui/warning-note';
import type { SuffixItem, UserCreated } from '../types';
import { NameFields } from './name-fields';
import { PasswordChoice } from './password-choice';
import { joinUpn, suggestLocalPart } from './upn';
import { UpnFields } from './upn-fields';
import {
  EMPTY_USER,
  USER_CODE_FIELDS,
  USER_FIELD_ALIASES,
  USER_FORM_FIELDS,
  type UserFormValues,
  userCreateFormSchema,
} from './user-form-schema';

// A new user has no stored values: every rule applies.
const resolver = formResolver<UserFormValues, UserCreateBody>(userCreateFormSchema, () => ({}));

/** POST /v1/customer/user/{customerNumber}: names, a UPN from this customer's suffixes, a password. */
export function UserCreateForm({
  customerNumber,
  suffixes,
  mutation,
  cancelLink,
  onCreated,
  reconcile,
}: {
  customerNumber: string;
  suffixes: readonly SuffixItem[];
  mutation: UseMutationResult<UserCreated, unknown, UserCreateBody>;
  cancelLink: ReactNode;
  /** `generated`: the password the console made, when it made one. */
  onCreated: (user: UserCreated, generated: string | null) => void;
  /** After a lost answer: the user the POST created, if it carries the sent values. */
  reconcile?: (body: UserCreateBody) => Promise<UserCreated | null>;
}) {
  const form = useForm<UserFormValues, unknown, UserCreateBody>({
    resolver,
    defaultValues: { ...EMPTY_USER, upnSuffix: suffixes[0]?.suffix ?? '' },
    mode: 'onTouched',
  });
  const writeOff = useWriteDisabledReason(endpoint('user.create'), { customerNumber });
  // Once created, a click that was already on its way must not create the user a second time.
  const created = useRef(false);
  // The password never goes to storage, typed or not.
  const draft = useFormDraft(form, { key: `directory.user.create.${customerNumber}`, omit: ['password'] });
  const guard = useUnsavedChangesGuard({ dirty: form.formState.isDirty, onLeave: draft.clear });
  const submission = useFormSubmission({
    form,
    mutation,
    fields: USER_FORM_FIELDS,
    aliases: USER_FIELD_ALIASES,
    codeFields: USER_CODE_FIELDS,
    disabled: writeOff !== null,
    reconcile,
    onSuccess: (user, sent) => {
      created.current = true;
      draft.clear();
      guard.allowNavigation();
      const generated = form.getValues('passwordMode') === 'generate' && typeof sent.password === 'string';
      onCreated(user, generated ? (sent.password as string) : null);
    },
  });
  const [firstname, lastname, upnLocal, upnSuffix, passwordMode, password] = useWatch({
    control: form.control,
    name: ['firstname', 'lastname', 'upnLocal', 'upnSuffix', 'passwordMode', 'password'],
  });

  useSuggestedLocalPart(form, firstname, lastname, suffixes.length > 0);

  const { errors } = form.formState;
  return (
    <form
      onSubmit={(event) => {
        if (created.current) event.preventDefault();
        else void submission.onSubmit(event);
      }}
      noValidate
      className="space-y-6"
      aria-label="New user"
    >
      {writeOff && <WarningNote>{writeOff}</WarningNote>}
      <DraftRestoredNote draft={draft} changed={form.formState.isDirty} />
      <NameFields register={form.register} errors={errors} />
      <UpnFields
        register={form.register}
        errors={errors}
        suffixes={suffixes}
        optional
        preview={upnLocal.trim() && upnSuffix ? joinUpn(upnLocal, upnSuffix) : null}
        manageSuffixesLink={
          <Link
            to="/directory/$customerNumber/suffixes"
            params={{ customerNumber }}
            className="text-teal-800 underline dark:text-teal-300"
          >
            Add a UPN suffix
          </Link>
        }
      />
      <PasswordChoice register={form.register} errors={errors} mode={passwordMode} typed={password} />
      <FormErrorSummary error={submission.unplacedError} />
      <LostAnswerPanel submission={submission} what="the user" openLabel="Show the user" />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={mutation.isPending} disabledReason={writeOff}>
          Create user
        </SubmitButton>
        {cancelLink}
      </div>
      <UnsavedChangesDialog guard={guard} />
    </form>
  );
}

/**
 * Fills the UPN's local part from the names ("Jürg Müller" → juerg.mueller) until the user types
 * one of their own: a suggestion is only replaced while it is still the last suggestion.
 */
function useSuggestedLocalPart(
  form: ReturnType<typeof useForm<UserFormValues, unknown, UserCreateBody>>,
  firstname: string,
  lastname: string,
  enabled: boolean,
) {
  const lastSuggestion = useRef<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const next = suggestLocalPart(firstname, lastname);
    const current = form.getValues('upnLocal');
    if (current === '' || current === lastSuggestion.current) {
      if (current !== next) form.setValue('upnLocal', next, { shouldDirty: true });
    }
    lastSuggestion.current = next;
  }, [form, firstname, lastname, enabled]);
}
