import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { directoryMutations, directoryQueries } from '@/api/queries/directory';
import { notify } from '@/features/notifications/notify';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { splitUpn } from './upn';
import { useUser } from './use-user';
import { UserEditForm } from './user-edit-form';
import type { UserEditValues } from './user-form-schema';
import { userDisplayName } from './user-names';

export function UserEditPage({ customerNumber, userId }: { customerNumber: string; userId: string }) {
  const navigate = useNavigate();
  const user = useUser(userId);
  const { data: suffixes } = useSuspenseQuery(directoryQueries.suffixes(customerNumber));
  const options = directoryMutations.updateUser(userId);
  const mutation = useMutation({
    ...options,
    meta: { form: true },
  });
  // The form starts from the user as first loaded; a background refetch must not reset it.
  const [initial] = useState<UserEditValues>(() => {
    const { local, suffix } = splitUpn(user.upn);
    return {
      firstname: user.firstname ?? '',
      lastname: user.lastname ?? '',
      upnLocal: local,
      upnSuffix: suffix,
    };
  });
  const toDetail = {
    to: '/directory/$customerNumber/users/$userId',
    params: { customerNumber, userId },
  } as const;
  return (
    <>
      <PageHeader
        crumbs={directoryCrumbs(customerNumber, 'users', [
          {
            label: userDisplayName(user),
            to: '/directory/$customerNumber/users/$userId',
            params: { customerNumber, userId },
          },
        ])}
        title={`Edit ${userDisplayName(user)}`}
        description={`User ${userId} of customer ${customerNumber}`}
      />
      <UserEditForm
        userId={userId}
        initial={initial}
        suffixes={suffixes}
        mutation={mutation}
        cancelLink={<LinkButton {...toDetail}>Cancel</LinkButton>}
        manageSuffixesLink={
          <Link
            to="/directory/$customerNumber/suffixes"
            params={{ customerNumber }}
            className="text-teal-800 underline dark:text-teal-300"
          >
            Manage UPN suffixes
          </Link>
        }
        onSaved={(sent) => {
          notify({
            kind: 'success',
            title: `User ${userId} saved`,
            description: `Changed: ${Object.keys(sent).join(', ')}`,
          });
          void navigate(toDetail);
        }}
      />
    </>
  );
}
