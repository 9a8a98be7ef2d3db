import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryMutations, directoryQueries, directoryReconcile } from '@/api/queries/directory';
import { readFresh } from '@/api/queries/reconcile';
import { notify } from '@/features/notifications/notify';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { useUser } from './use-user';
import { UserEditForm } from './user-edit-form';
import { type UserEditValues, userEditValues } from './user-form-schema';
import { userDisplayName } from './user-names';

const messages = i18n('directory/user-edit-page', {
  title: params('Edit {name}'),
  description: params('User {userId} of customer {customerNumber}'),
  cancel: 'Cancel',
  manageSuffixes: 'Manage UPN suffixes',
  saved: params('User {userId} saved'),
  // The API's field names, as sent.
  changed: params('Changed: {fields}'),
});

export function UserEditPage({ customerNumber, userId }: { customerNumber: string; userId: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const user = useUser(userId);
  const { data: suffixes } = useSuspenseQuery(directoryQueries.suffixes(customerNumber));
  const reload = async (client: QueryClient) =>
    userEditValues(await readFresh(client, directoryQueries.user(userId)));
  // The form starts from the user as first loaded; a background refetch must not reset it.
  const [initial] = useState<UserEditValues>(() => userEditValues(user));
  const toDetail = {
    to: '/directory/$customerNumber/users/$userId',
    params: { customerNumber, userId },
  } as const;
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('user.update')} params={{ userId }} />}
        crumbs={directoryCrumbs(customerNumber, 'users', [
          {
            label: userDisplayName(user),
            to: '/directory/$customerNumber/users/$userId',
            params: { customerNumber, userId },
          },
        ])}
        title={t.title({ name: userDisplayName(user) })}
        description={t.description({ userId, customerNumber })}
      />
      <UserEditForm
        userId={userId}
        initial={initial}
        suffixes={suffixes}
        mutation={directoryMutations.updateUser(userId)}
        reconcile={directoryReconcile.updateUser(userId)}
        reload={reload}
        cancelLink={<LinkButton {...toDetail}>{t.cancel}</LinkButton>}
        manageSuffixesLink={
          <Link
            to="/directory/$customerNumber/suffixes"
            params={{ customerNumber }}
            className="text-teal-800 underline dark:text-teal-300"
          >
            {t.manageSuffixes}
          </Link>
        }
        onSaved={(sent) => {
          notify({
            kind: 'success',
            title: t.saved({ userId }),
            description: t.changed({ fields: Object.keys(sent).join(', ') }),
          });
          void navigate(toDetail);
        }}
      />
    </>
  );
}
