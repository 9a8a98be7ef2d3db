import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import type { UserSummary } from '../types';
import { suffixLabel } from '../users/upn-fields';
import { userDisplayName } from '../users/user-names';

const NAMED = 10;

/**
 * DELETE /v1/customer/suffix/{customerNumber}/{suffix}. Users whose UPN still ends in the suffix
 * are named: they may not be able to sign in afterwards, so then the suffix must be typed.
 */
export function DeleteSuffixDialog({
  open,
  onClose,
  suffix,
  users,
  usersKnown,
  onConfirm,
  pending,
  error,
}: {
  open: boolean;
  onClose: () => void;
  suffix: string;
  users: readonly UserSummary[];
  /** False while the users list could not be read: the warning cannot be given. */
  usersKnown: boolean;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}) {
  const named = users.slice(0, NAMED);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={`Delete the UPN suffix ${suffixLabel(suffix)}?`}
      confirmLabel="Delete suffix"
      typeToConfirm={users.length > 0 || !usersKnown ? suffix : undefined}
      onConfirm={onConfirm}
      pending={pending}
      error={error ?? undefined}
      errorTitle="Not deleted"
    >
      {!usersKnown ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
          The users could not be loaded, so it is not known who still signs in with @{suffix}.
        </p>
      ) : users.length === 0 ? (
        <p>No user of this customer has a UPN ending in @{suffix}.</p>
      ) : (
        <div
          role="alert"
          className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <p className="font-semibold">
            {users.length === 1 ? '1 user still signs in' : `${users.length} users still sign in`} with @
            {suffix}:
          </p>
          <ul className="list-disc pl-5">
            {named.map((user) => (
              <li key={user.id}>
                {userDisplayName(user)} <span className="break-all">({user.upn})</span>
              </li>
            ))}
            {users.length > named.length && <li>and {users.length - named.length} more</li>}
          </ul>
          <p>Give them a UPN with another suffix first, or they may no longer be able to sign in.</p>
        </div>
      )}
    </ConfirmDialog>
  );
}
