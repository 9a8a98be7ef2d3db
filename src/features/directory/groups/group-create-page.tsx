import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { groupAdvice, groupCreateBody } from '@/api/catalogue/body-schemas';
import { directoryMutations, directoryReconcile } from '@/api/queries/directory';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { useFieldAdvice } from '@/features/forms/use-field-advice';
import { useListReturn } from '@/features/lists/list-return';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';

const messages = i18n('directory/group-create-page', {
  noun: 'the group',
  created: params('Group {groupName} created'),
  next: 'Now add its members.',
  title: 'New group',
  description: params('Active Directory group of customer {customerNumber}.'),
  submit: 'Create group',
  open: 'Show the group',
  cancel: 'Cancel',
  name: 'Group name',
  hint: 'Usually up to 64 characters, without \\ / [ ] : ; | = , + * ? < > " @ #. Members are added next.',
});

const FIELDS = ['groupName'] as const;
// The docs name the body field groupName and answer with `name`; a duplicate is a uniqueness_error.
const ALIASES = { name: 'groupName', groupname: 'groupName' } as const;
const CODE_FIELDS = { uniqueness_error: 'groupName' } as const;

/** POST /v1/customer/group/{customerNumber}: a name; members are added on the group's page. */
export function GroupCreatePage({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const api = useApiForm({
    endpoint: endpoint('group.create'),
    params: { customerNumber },
    schema: groupCreateBody,
    defaultValues: { groupName: '' },
    mutation: directoryMutations.createGroup(customerNumber),
    draftKey: `directory.group.create.${customerNumber}`,
    fields: FIELDS,
    aliases: ALIASES,
    codeFields: CODE_FIELDS,
    noun: t.noun,
    reconcile: directoryReconcile.createGroup(customerNumber),
    onSuccess: (created, sent) => {
      const groupName = created.name || sent.groupName;
      notify({ kind: 'success', title: t.created({ groupName }), description: t.next });
      void navigate({
        to: '/directory/$customerNumber/groups/$groupName',
        params: { customerNumber, groupName },
      });
    },
  });

  const advise = useFieldAdvice(api.form, groupAdvice);

  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('group.create')} params={{ customerNumber }} />}
        crumbs={directoryCrumbs(customerNumber, 'groups')}
        title={t.title}
        description={t.description({ customerNumber })}
      />
      <ApiForm
        api={api}
        label={t.title}
        submitLabel={t.submit}
        openLabel={t.open}
        actions={
          <LinkButton {...up('/directory/$customerNumber/groups', { customerNumber })}>{t.cancel}</LinkButton>
        }
      >
        <div className={`${cardClass} p-4 sm:p-6`}>
          <Field
            label={t.name}
            hint={t.hint}
            error={api.form.formState.errors.groupName?.message}
            warning={advise('groupName')}
          >
            {(control) => (
              <input
                {...control}
                {...api.form.register('groupName')}
                className={inputClass}
                autoComplete="off"
                aria-required
              />
            )}
          </Field>
        </div>
      </ApiForm>
    </>
  );
}
