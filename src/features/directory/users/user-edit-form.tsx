import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import type { UserUpdateBody } from '@/api/queries/directory';
import { DraftRestoredNote } from '@/features/forms/draft-restored-note';
import { FormErrorSummary } from '@/features/forms/form-error-summary';
import { formResolver } from '@/features/forms/form-resolver';
import { ServerChangesPanel } from '@/features/forms/server-changes-panel';
import { SubmitButton } from '@/features/forms/submit-button';
import { UnsavedChangesDialog } from '@/features/forms/unsaved-changes-dialog';
import { useChangedFields } from '@/features/forms/use-api-form';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { useFormSubmission } from '@/features/forms/use-form-submission';
import { useUnsavedChangesGuard } from '@/features/forms/use-unsaved-changes-guard';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { WarningNote } from '@/features/ui/warning-note';
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

/**
 * PUT /v1/customer/user/{userId} with only the fields that changed: the resolver turns the form
 * into that body, so an untouched field is never sent (and never overwrites someone else's edit).
 */
/** The inputs' labels, for the fields the server changed since a draft began. */
const SERVER_CHANGE_LABELS = {
  firstname: 'First name',
  lastname: 'Last name',
  upnLocal: 'Name before the @',
  upnSuffix: 'UPN suffix',
};

export function UserEditForm({
  userId,
  initial,
  suffixes,
  mutation,
  cancelLink,
  manageSuffixesLink,
  onSaved,
}: {
  userId: string;
  initial: UserEditValues;
  suffixes: readonly SuffixItem[];
  mutation: UseMutationResult<unknown, unknown, UserUpdateBody>;
  cancelLink: ReactNode;
  manageSuffixesLink: ReactNode;
  onSaved: (sent: UserUpdateBody) => void;
}) {
  const resolver = useMemo(
    () =>
      formResolver<UserEditValues, UserUpdateBody>(
        userEditFormSchema.transform((values) => changedUserFields(initial, values)),
        () => initial,
      ),
    [initial],
  );
  const form = useForm<UserEditValues, unknown, UserUpdateBody>({
    resolver,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const writeOff = useWriteDisabledReason(endpoint('user.update'), { userId });
  const draft = useFormDraft(form, { key: `directory.user.edit.${userId}` });
  const dirty = useChangedFields(form, initial).length > 0;
  const guard = useUnsavedChangesGuard({ dirty, onLeave: draft.clear });
  const submission = useFormSubmission({
    form,
    mutation,
    fields: EDIT_FIELDS,
    aliases: USER_FIELD_ALIASES,
    codeFields: USER_CODE_FIELDS,
    disabled: writeOff !== null,
    onSuccess: (_result, sent) => {
      draft.clear();
      guard.allowNavigation();
      onSaved(sent);
    },
  });
  const [upnLocal, upnSuffix] = useWatch({ control: form.control, name: ['upnLocal', 'upnSuffix'] });

  return (
    <form onSubmit={submission.onSubmit} noValidate className="space-y-6" aria-label="Edit user">
      {writeOff && <WarningNote>{writeOff}</WarningNote>}
      <DraftRestoredNote draft={draft} changed={dirty} />
      <ServerChangesPanel
        form={form}
        changes={draft.serverChanges}
        labels={SERVER_CHANGE_LABELS}
        title="This user changed on the server since your draft"
        onDone={draft.dismissServerChanges}
      />
      <NameFields register={form.register} errors={form.formState.errors} />
      <UpnFields
        register={form.register}
        errors={form.formState.errors}
        suffixes={suffixes}
        keepSuffix={initial.upnSuffix || undefined}
        optional={false}
        preview={upnLocal.trim() && upnSuffix ? joinUpn(upnLocal, upnSuffix) : null}
        manageSuffixesLink={manageSuffixesLink}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Only the fields you change are sent. The password has its own reset on the user’s page.
      </p>
      <FormErrorSummary error={submission.unplacedError} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton
          pending={mutation.isPending}
          disabledReason={writeOff ?? (dirty ? null : 'Nothing changed yet')}
        >
          Save changes
        </SubmitButton>
        {cancelLink}
      </div>
      <UnsavedChangesDialog guard={guard} />
    </form>
  );
}
