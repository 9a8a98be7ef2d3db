import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import { userAdvice } from '@/api/catalogue/body-schemas';
import type { UserCreateBody } from '@/api/queries/directory';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { useFieldAdvice } from '@/features/forms/use-field-advice';
import { i18n, useMessages } from '@/i18n';
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

const messages = i18n('directory/user-create-form', {
  noun: 'the user',
  label: 'New user',
  submit: 'Create user',
  open: 'Show the user',
  addSuffix: 'Add a UPN suffix',
});

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
  mutation: UseMutationOptions<UserCreated, Error, UserCreateBody>;
  cancelLink: ReactNode;
  /** `generated`: the password the console made, when it made one. */
  onCreated: (user: UserCreated, generated: string | null) => void;
  /** After a lost answer: the user the POST created, if it carries the sent values. */
  reconcile?: (body: UserCreateBody, client: QueryClient) => Promise<UserCreated | null>;
}) {
  // Once created, a click that was already on its way must not create the user a second time.
  const t = useMessages(messages);
  const created = useRef(false);
  const api = useApiForm<UserFormValues, UserCreateBody, UserCreated>({
    endpoint: endpoint('user.create'),
    params: { customerNumber },
    schema: userCreateFormSchema,
    defaultValues: { ...EMPTY_USER, upnSuffix: suffixes[0]?.suffix ?? '' },
    mutation,
    draftKey: `directory.user.create.${customerNumber}`,
    // The password never goes to storage, typed or not.
    draftOmit: ['password'],
    fields: USER_FORM_FIELDS,
    aliases: USER_FIELD_ALIASES,
    codeFields: USER_CODE_FIELDS,
    reconcile,
    noun: t.noun,
    onSuccess: (user, sent) => {
      created.current = true;
      const generated =
        api.form.getValues('passwordMode') === 'generate' && typeof sent.password === 'string';
      onCreated(user, generated ? (sent.password as string) : null);
    },
  });
  const { form } = api;
  const [firstname, lastname, upnLocal, upnSuffix, passwordMode, password] = useWatch({
    control: form.control,
    name: ['firstname', 'lastname', 'upnLocal', 'upnSuffix', 'passwordMode', 'password'],
  });

  useSuggestedLocalPart(form, firstname, lastname, suffixes.length > 0);

  const { errors } = form.formState;
  const advise = useFieldAdvice(form, userAdvice);
  return (
    <ApiForm
      api={{
        ...api,
        onSubmit: async (event) => {
          if (created.current) event?.preventDefault();
          else await api.onSubmit(event);
        },
      }}
      label={t.label}
      submitLabel={t.submit}
      actions={cancelLink}
      openLabel={t.open}
    >
      <NameFields register={form.register} errors={errors} advise={advise} />
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
            {t.addSuffix}
          </Link>
        }
      />
      <PasswordChoice register={form.register} errors={errors} mode={passwordMode} typed={password} />
    </ApiForm>
  );
}

/**
 * Fills the UPN's local part from the names ("Jürg Müller" → juerg.mueller) until the user types
 * one of their own: a suggestion is only replaced while it is still the last suggestion.
 */
function useSuggestedLocalPart(
  form: UseFormReturn<UserFormValues, unknown, UserCreateBody>,
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
