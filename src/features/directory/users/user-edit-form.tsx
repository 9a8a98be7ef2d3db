import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { type ReactNode, useRef } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import { userAdvice } from '@/api/catalogue/body-schemas';
import type { UserUpdateBody, UserUpdateResult } from '@/api/queries/directory';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { useFieldAdvice } from '@/features/forms/use-field-advice';
import { i18n, useMessages } from '@/i18n';
import type { SuffixItem } from '../types';
import { NameFields } from './name-fields';
import { joinUpn } from './upn';
import { UpnFields } from './upn-fields';
import {
  changedUserFields,
  USER_CODE_FIELDS,
  USER_FIELD_ALIASES,
  USER_FORM_FIELDS,
  type UserEditValues,
  userEditFormSchema,
} from './user-form-schema';

const EDIT_FIELDS = USER_FORM_FIELDS.filter((f) => f !== 'password');

const messages = i18n('directory/user-edit-form', {
  firstname: 'First name',
  lastname: 'Last name',
  upnLocal: 'Name before the @',
  upnSuffix: 'UPN suffix',
  noun: 'this user',
  label: 'Edit user',
  submit: 'Save changes',
  open: 'Show the user',
  note: 'Only the fields you change are sent. The password has its own reset on the user’s page.',
});

/**
 * PUT /v1/customer/user/{userId} with only the fields that changed, compared with what the form
 * started from (after a `conflict`, the user as reloaded): an untouched field is never sent, so it
 * never overwrites someone else's edit.
 */
export function UserEditForm({
  userId,
  initial,
  suffixes,
  mutation,
  cancelLink,
  manageSuffixesLink,
  onSaved,
  reconcile,
  reload,
}: {
  userId: string;
  initial: UserEditValues;
  suffixes: readonly SuffixItem[];
  mutation: UseMutationOptions<UserUpdateResult, Error, UserUpdateBody>;
  cancelLink: ReactNode;
  manageSuffixesLink: ReactNode;
  onSaved: (sent: UserUpdateBody) => void;
  /** After a lost answer: the user, when it carries the sent values. */
  reconcile?: (body: UserUpdateBody, client: QueryClient) => Promise<UserUpdateResult>;
  /** The user as it is now, as form values (after a `conflict`). */
  reload?: (client: QueryClient) => Promise<UserEditValues>;
}) {
  const t = useMessages(messages);
  const formRef = useRef<UseFormReturn<UserEditValues, unknown, UserEditValues> | null>(null);
  const api = useApiForm<UserEditValues, UserEditValues, UserUpdateResult, UserUpdateBody>({
    endpoint: endpoint('user.update'),
    params: { userId },
    schema: userEditFormSchema,
    defaultValues: initial,
    mutation,
    toVariables: (values) =>
      changedUserFields((formRef.current?.formState.defaultValues as UserEditValues) ?? initial, values),
    draftKey: `directory.user.edit.${userId}`,
    fields: EDIT_FIELDS,
    aliases: USER_FIELD_ALIASES,
    codeFields: USER_CODE_FIELDS,
    reconcile,
    reload,
    noun: t.noun,
    // The inputs' labels, for the fields the server changed.
    labels: { firstname: t.firstname, lastname: t.lastname, upnLocal: t.upnLocal, upnSuffix: t.upnSuffix },
    onSuccess: (_result, _values, sent) => onSaved(sent),
  });
  formRef.current = api.form;
  const [upnLocal, upnSuffix] = useWatch({ control: api.form.control, name: ['upnLocal', 'upnSuffix'] });
  const advise = useFieldAdvice(api.form, userAdvice);

  return (
    <ApiForm
      api={api}
      label={t.label}
      submitLabel={t.submit}
      actions={cancelLink}
      openLabel={t.open}
      requireChange
    >
      <NameFields register={api.form.register} errors={api.form.formState.errors} advise={advise} />
      <UpnFields
        register={api.form.register}
        errors={api.form.formState.errors}
        suffixes={suffixes}
        keepSuffix={initial.upnSuffix || undefined}
        optional={false}
        preview={upnLocal.trim() && upnSuffix ? joinUpn(upnLocal, upnSuffix) : null}
        manageSuffixesLink={manageSuffixesLink}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.note}</p>
    </ApiForm>
  );
}
