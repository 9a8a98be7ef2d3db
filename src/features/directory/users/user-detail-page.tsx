import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { directoryMutations } from '../../../api/queries/directory';
import { notify } from '../../notifications/notify';
import { Button } from '../../ui/button';
import { cardClass } from '../../ui/class-names';
import { LoadingState } from '../../ui/empty-state';
import { LinkButton } from '../../ui/link-button';
import { PageHeader } from '../../ui/page-header';
import { useWriteDisabledReason } from '../../ui/use-key-capabilities';
import { DeleteUserDialog } from './delete-user-dialog';
import { PasswordReset } from './password-reset';
import { useUser } from './use-user';
import { UserFields } from './user-fields';
import { userDisplayName } from './user-names';

/** GET /v1/customer/user/{userId}, with edit, password reset and delete. */
export function UserDetailPage({ customerNumber, userId }: { customerNumber: string; userId: string }) {
  const navigate = useNavigate();
  const removal = useMutation({ ...directoryMutations.deleteUser(userId), meta: { form: true } });

  // Once deleted, the user's query is gone: do not render (and refetch) it any more.
  if (removal.isSuccess) return <LoadingState label={`User ${userId} deleted. Back to the list…`} />;

  const remove = () =>
    removal.mutate(undefined, {
      onSuccess: () => {
        notify({ kind: 'success', title: `User ${userId} deleted` });
        void navigate({ to: '/directory/$customerNumber/users', params: { customerNumber }, replace: true });
      },
    });
  return <UserDetail customerNumber={customerNumber} userId={userId} removal={removal} onRemove={remove} />;
}

function UserDetail({
  customerNumber,
  userId,
  removal,
  onRemove,
}: {
  customerNumber: string;
  userId: string;
  removal: UseMutationResult<unknown, unknown, void>;
  onRemove: () => void;
}) {
  const user = useUser(userId);
  const name = userDisplayName(user);
  const writeOff = useWriteDisabledReason();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <PageHeader
        title={name}
        description={`User ${userId} of customer ${customerNumber}`}
        actions={
          <>
            {writeOff ? (
              <Button disabledReason={writeOff}>Edit</Button>
            ) : (
              <LinkButton
                to="/directory/$customerNumber/users/$userId/edit"
                params={{ customerNumber, userId }}
              >
                Edit
              </LinkButton>
            )}
            <Button
              variant="danger"
              disabledReason={writeOff}
              onClick={() => {
                removal.reset();
                setConfirming(true);
              }}
            >
              Delete
            </Button>
          </>
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="user-details" className={`${cardClass} p-4 sm:p-6`}>
          <h2 id="user-details" className="mb-4 text-lg font-semibold text-slate-900 dark:text-slate-50">
            Details
          </h2>
          <UserFields user={user} />
        </section>
        <PasswordReset userId={userId} name={name} />
      </div>
      <DeleteUserDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        userId={userId}
        name={name}
        onConfirm={onRemove}
        pending={removal.isPending}
        error={removal.error}
      />
    </>
  );
}
