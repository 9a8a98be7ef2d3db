import { domainLabel } from '@/api/domain/domain-name';
import { DeleteDialog } from '@/features/ui/delete-dialog';
import { count, formatNumber, i18n, params, useMessages } from '@/i18n';
import type { UserSummary } from '../types';
import { userDisplayName } from '../users/user-names';

const messages = i18n('directory/delete-suffix-dialog', {
  title: params('Delete the UPN suffix {suffix}?'),
  confirm: 'Delete suffix',
  unknown: params('The users could not be loaded, so it is not known who still signs in with @{suffix}.'),
  nobody: params('No user of this customer has a UPN ending in @{suffix}.'),
  signingIn: params<{ suffix: string }>(
    count({
      one: '1 user still signs in with @{suffix}:',
      other: '{count} users still sign in with @{suffix}:',
    }),
  ),
  more: params('and {n} more'),
  advice: 'Give them a UPN with another suffix first, or they may no longer be able to sign in.',
});

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
  const t = useMessages(messages);
  const named = users.slice(0, NAMED);
  return (
    <DeleteDialog
      open={open}
      onClose={onClose}
      title={t.title({ suffix: domainLabel(suffix) })}
      confirmLabel={t.confirm}
      typeToConfirm={users.length > 0 || !usersKnown ? suffix : undefined}
      onConfirm={onConfirm}
      mutation={{ isPending: pending, error }}
    >
      {!usersKnown ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
          {t.unknown({ suffix })}
        </p>
      ) : users.length === 0 ? (
        <p>{t.nobody({ suffix })}</p>
      ) : (
        <div
          role="alert"
          className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100"
        >
          <p className="font-semibold">{t.signingIn({ suffix })(users.length)}</p>
          <ul className="list-disc pl-5">
            {named.map((user) => (
              <li key={user.id}>
                {userDisplayName(user)} <span className="break-all">({user.upn})</span>
              </li>
            ))}
            {users.length > named.length && (
              <li>{t.more({ n: formatNumber(users.length - named.length) })}</li>
            )}
          </ul>
          <p>{t.advice}</p>
        </div>
      )}
    </DeleteDialog>
  );
}
