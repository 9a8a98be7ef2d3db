import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { directoryMutations } from '@/api/queries/directory';
import { useListReturn } from '@/features/lists/list-return';
import { DeleteButton } from '@/features/ui/delete-button';
import { DetailSection } from '@/features/ui/detail-list';
import { LoadingState } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { WriteLinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { type Deletion, useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { i18n, params, useMessages } from '@/i18n';
import { subjectKeys, userCandidate } from '../groups/members';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { MemberOfSection } from '../shared/member-of-section';
import { PasswordReset } from './password-reset';
import { useUser } from './use-user';
import { UserFields } from './user-fields';
import { userDisplayName } from './user-names';

const messages = i18n('directory/user-detail-page', {
  what: params('User {userId}'),
  deleted: params('User {userId} deleted. Back to the list…'),
  description: params('User {userId} of customer {customerNumber}'),
  edit: 'Edit',
  deleteTitle: params('Delete {name}?'),
  deleteConfirm: 'Delete user',
  // Around the user's name, which is shown in bold.
  deleteBefore: 'The Active Directory user ',
  deleteAfter: params(
    ' ({userId}) is removed, and with it its membership in every group. This cannot be undone.',
  ),
  details: 'Details',
});

/** GET /v1/customer/user/{userId}, with edit, password reset and delete. */
export function UserDetailPage({ customerNumber, userId }: { customerNumber: string; userId: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const deletion = useDeletion(directoryMutations.deleteUser(userId), {
    what: t.what({ userId }),
    onDeleted: () =>
      void navigate({ ...up('/directory/$customerNumber/users', { customerNumber }), replace: true }),
  });

  // Once deleted, the user's query is gone: do not render (and refetch) it any more.
  if (deletion.removal.isSuccess) return <LoadingState label={t.deleted({ userId })} />;
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
  const t = useMessages(messages);
  const user = useUser(userId);
  const name = userDisplayName(user);
  const deleteOff = useWriteDisabledReason(endpoint('user.delete'), { userId });
  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('user.get')} params={{ userId }} />}
        crumbs={directoryCrumbs(customerNumber, 'users')}
        title={name}
        description={t.description({ userId, customerNumber })}
        actions={
          <>
            <WriteLinkButton
              to="/directory/$customerNumber/users/$userId/edit"
              params={{ customerNumber, userId }}
              writes={endpoint('user.update')}
              writeParams={{ userId }}
            >
              {t.edit}
            </WriteLinkButton>
            <DeleteButton
              deletion={deletion}
              disabledReason={deleteOff}
              title={t.deleteTitle({ name })}
              confirmLabel={t.deleteConfirm}
              typeToConfirm={userId}
            >
              <p>
                {t.deleteBefore}
                <strong>{name}</strong>
                {t.deleteAfter({ userId })}
              </p>
            </DeleteButton>
          </>
        }
      />
      <div className="space-y-6">
        <DetailSection id="user-details" title={t.details}>
          <UserFields user={user} />
        </DetailSection>
        <MemberOfSection
          key={userId}
          customerNumber={customerNumber}
          subjectKeys={subjectKeys(userCandidate(user, customerNumber), user.dn)}
        />
        <PasswordReset userId={userId} name={name} />
      </div>
    </>
  );
}
