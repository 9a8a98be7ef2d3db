import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryMutations, directoryQueries, directoryReconcile } from '@/api/queries/directory';
import { useListReturn } from '@/features/lists/list-return';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { focusPage } from '@/features/ui/focus-page';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import type { UserCreated } from '../types';
import { UserCreateForm } from './user-create-form';
import { UserCreatedPanel } from './user-created-panel';

const messages = i18n('directory/user-create-page', {
  created: 'User created',
  customer: params('Customer {customerNumber}'),
  title: 'New user',
  description: params('Active Directory user of customer {customerNumber}.'),
  cancel: 'Cancel',
});

/** New user; afterwards the result, with a generated password shown this once. */
export function UserCreatePage({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const up = useListReturn();
  const { data: suffixes } = useSuspenseQuery(directoryQueries.suffixes(customerNumber));
  const [created, setCreated] = useState<{ user: UserCreated; generated: string | null } | null>(null);
  // Each form mount is a new form: "Create another" starts from a clean one.
  const [formKey, setFormKey] = useState(0);
  // The result and its button give way to the new form: the keyboard's place is the page's
  // heading, as after a navigation.
  useEffect(() => {
    if (formKey > 0) focusPage();
  }, [formKey]);

  if (created) {
    return (
      <>
        <PageHeader
          crumbs={directoryCrumbs(customerNumber, 'users')}
          title={t.created}
          description={t.customer({ customerNumber })}
        />
        <UserCreatedPanel
          customerNumber={customerNumber}
          user={created.user}
          generated={created.generated}
          onCreateAnother={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        />
      </>
    );
  }
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('user.create')} params={{ customerNumber }} />}
        crumbs={directoryCrumbs(customerNumber, 'users')}
        title={t.title}
        description={t.description({ customerNumber })}
      />
      <UserCreateForm
        key={formKey}
        customerNumber={customerNumber}
        suffixes={suffixes}
        mutation={directoryMutations.createUser(customerNumber)}
        reconcile={directoryReconcile.createUser(customerNumber)}
        cancelLink={
          <LinkButton {...up('/directory/$customerNumber/users', { customerNumber })}>{t.cancel}</LinkButton>
        }
        onCreated={(user, generated) => setCreated({ user, generated })}
      />
    </>
  );
}
