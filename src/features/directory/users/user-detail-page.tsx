import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { directoryMutations } from '@/api/queries/directory';
import { DeleteButton } from '@/features/ui/delete-button';
import { DetailSection } from '@/features/ui/detail-list';
import { LoadingState } from '@/features/ui/empty-state';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { type Deletion, useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { PasswordReset } from './password-reset';
import { useUser } from './use-user';
import { UserFields } from './user-fields';
import { userDisplayName } from './user-names';

/** GET /v1/customer/user/{userId}, with edit, password reset and delete. */
export function UserDetailPage({ customerNumber, userId }: { customerNumber: string; userId: string }) {
  const navigate = useNavigate();
  const deletion = useDeletion(directoryMutations.deleteUser(userId), {
    what: `User ${userId}`,
    onDeleted: () =>
      void navigate({ to: '/directory/$customerNumber/users', params: { customerNumber }, replace: true }),
  });

  // Once deleted, the user's query is gone: do not render (and refetch) it any more.
  if (deletion.removal.isSuccess) return <LoadingState label={`User ${userId} deleted. Back to the list…`} />;
  return <UserDetail customerNumber={customerNumber} userId={userId} deletion={deletion} />;
}

function UserDetail({
  customerNumber,
  userId,
  deletion,
}: {
  customerNumber: string;
  userId: string;
  deletion: Deletion;
}) {
  const user = useUser(userId);
  const name = userDisplayName(user);
  const deleteOff = useWriteDisabledReason(endpoint('user.delete'), { userId });
  return (
    <>
      <PageHeader
        crumbs={directoryCrumbs(customerNumber, 'users')}
        title={name}
        description={`User ${userId} of customer ${customerNumber}`}
        actions={
          <>
            <WriteLinkButton
              to="/directory/$customerNumber/users/$userId/edit"
              params={{ customerNumber, userId }}
              writes={endpoint('user.update')}
              writeParams={{ userId }}
            >
              Edit
            </WriteLinkButton>
            <DeleteButton
              deletion={deletion}
              disabledReason={deleteOff}
              title={`Delete ${name}?`}
              confirmLabel="Delete user"
              typeToConfirm={userId}
            >
              <p>
                The Active Directory user <strong>{name}</strong> ({userId}) is removed, and with it its
                membership in every group. This cannot be undone.
              </p>
            </DeleteButton>
          </>
        }
      />
      <div className="space-y-6">
        <DetailSection id="user-details" title="Details">
          <UserFields user={user} />
        </DetailSection>
        <PasswordReset userId={userId} name={name} />
      </div>
    </>
  );
}
