import { userId as userIdSchema } from '@/api/domain/identifiers';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { LinkButton } from '@/features/ui/link-button';
import type { UserCreated } from '../types';
import { PasswordShownOnce } from './password-shown-once';
import { userDisplayName } from './user-names';

// The form this replaces had focus: move it to the result, so screen readers read it out.
const focusOnMount = (element: HTMLElement | null) => element?.focus();

/**
 * What POST answered. A generated password is shown once: the API's answer carries it (when it
 * does not, the one the console sent). A typed password is never echoed back.
 */
export function UserCreatedPanel({
  customerNumber,
  user,
  generated,
  onCreateAnother,
}: {
  customerNumber: string;
  user: UserCreated;
  generated: string | null;
  onCreateAnother: () => void;
}) {
  const id = [user.username, (user as { id?: unknown }).id].find(
    (v): v is string => typeof v === 'string' && userIdSchema.safeParse(v).success,
  );
  const password = generated ? (user.password ?? generated) : null;
  return (
    <section aria-labelledby="created-heading" className={`${cardClass} space-y-4 p-4 sm:p-6`}>
      <h2
        id="created-heading"
        ref={focusOnMount}
        tabIndex={-1}
        className="text-lg font-semibold text-slate-900 focus:outline-none dark:text-slate-50"
      >
        {userDisplayName(user)} was created
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600 dark:text-slate-400">Username</dt>
        <dd className="font-mono">{user.username ?? '—'}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">UPN</dt>
        <dd className="break-all">{user.upn ?? 'Assigned by the API'}</dd>
      </dl>
      {password ? (
        <PasswordShownOnce password={password} />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The password you typed is set. It is not shown again.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {id && (
          <LinkButton
            variant="primary"
            to="/directory/$customerNumber/users/$userId"
            params={{ customerNumber, userId: id }}
          >
            Open the user
          </LinkButton>
        )}
        <Button onClick={onCreateAnother}>Create another user</Button>
        <LinkButton to="/directory/$customerNumber/users" params={{ customerNumber }}>
          All users
        </LinkButton>
      </div>
    </section>
  );
}
