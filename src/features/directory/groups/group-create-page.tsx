import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { groupCreateBody } from '@/api/catalogue/body-schemas';
import { directoryMutations } from '@/api/queries/directory';
import { FormErrorSummary } from '@/features/forms/form-error-summary';
import { SubmitButton } from '@/features/forms/submit-button';
import { UnsavedChangesDialog } from '@/features/forms/unsaved-changes-dialog';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { useFormSubmission } from '@/features/forms/use-form-submission';
import { useUnsavedChangesGuard } from '@/features/forms/use-unsaved-changes-guard';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { DraftRestoredNote, ReadOnlyNote } from '../shared/form-notes';

type GroupCreateValues = z.input<typeof groupCreateBody>;
type GroupCreateOutput = z.output<typeof groupCreateBody>;

const FIELDS = ['groupName'] as const;
// The docs name the body field groupName and answer with `name`; a duplicate is a uniqueness_error.
const ALIASES = { name: 'groupName', groupname: 'groupName' } as const;
const CODE_FIELDS = { uniqueness_error: 'groupName' } as const;

/** POST /v1/customer/group/{customerNumber}: a name; members are added on the group's page. */
export function GroupCreatePage({ customerNumber }: { customerNumber: string }) {
  const navigate = useNavigate();
  const options = directoryMutations.createGroup(customerNumber);
  const mutation = useMutation({
    ...options,
    meta: { form: true },
  });
  const form = useForm<GroupCreateValues, unknown, GroupCreateOutput>({
    resolver: zodResolver(groupCreateBody),
    defaultValues: { groupName: '' },
    mode: 'onTouched',
  });
  const writeOff = useWriteDisabledReason();
  const draft = useFormDraft(form, { key: `directory.group.create.${customerNumber}` });
  const guard = useUnsavedChangesGuard({ dirty: form.formState.isDirty, onLeave: draft.clear });
  const submission = useFormSubmission({
    form,
    mutation,
    fields: FIELDS,
    aliases: ALIASES,
    codeFields: CODE_FIELDS,
    disabled: writeOff !== null,
    onSuccess: (created, sent) => {
      draft.clear();
      guard.allowNavigation();
      const groupName = created.name || sent.groupName;
      notify({ kind: 'success', title: `Group ${groupName} created`, description: 'Now add its members.' });
      void navigate({
        to: '/directory/$customerNumber/groups/$groupName',
        params: { customerNumber, groupName },
      });
    },
  });

  return (
    <>
      <PageHeader title="New group" description={`Active Directory group of customer ${customerNumber}.`} />
      <form onSubmit={submission.onSubmit} noValidate className="space-y-6" aria-label="New group">
        <ReadOnlyNote reason={writeOff} />
        <DraftRestoredNote draft={draft} dirty={form.formState.isDirty} />
        <div className={`${cardClass} p-4 sm:p-6`}>
          <Field
            label="Group name"
            hint={'Up to 64 characters, without \\ / [ ] : ; | = , + * ? < > " @ #. Members are added next.'}
            error={form.formState.errors.groupName?.message}
          >
            {(control) => (
              <input
                {...control}
                {...form.register('groupName')}
                className={inputClass}
                autoComplete="off"
                aria-required
              />
            )}
          </Field>
        </div>
        <FormErrorSummary error={submission.unplacedError} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={mutation.isPending} disabledReason={writeOff}>
            Create group
          </SubmitButton>
          <LinkButton to="/directory/$customerNumber/groups" params={{ customerNumber }}>
            Cancel
          </LinkButton>
        </div>
        <UnsavedChangesDialog guard={guard} />
      </form>
    </>
  );
}
