import { userId as userIdSchema } from '@/api/domain/identifiers';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { LinkButton } from '@/features/ui/link-button';
import { i18n, params, useMessages } from '@/i18n';
import type { UserCreated } from '../types';
import { PasswordShownOnce } from './password-shown-once';
import { userDisplayName } from './user-names';

const messages = i18n('directory/user-created-panel', {
  heading: params('{name} was created'),
  username: 'Username',
  upn: 'UPN',
  assigned: 'Assigned by the API',
  typedSet: 'The password you typed is set. It is not shown again.',
  open: 'Open the user',
  another: 'Create another user',
  all: 'All users',
});

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
  const t = useMessages(messages);
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
        {t.heading({ name: userDisplayName(user) })}
      </h2>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t.username}</dt>
        <dd className="font-mono">{user.username ?? '—'}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t.upn}</dt>
        <dd className="break-all">{user.upn ?? t.assigned}</dd>
      </dl>
      {password ? (
        <PasswordShownOnce password={password} />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t.typedSet}</p>
      )}
      <div className="flex flex-wrap gap-2">
        {id && (
          <LinkButton
            variant="primary"
            to="/directory/$customerNumber/users/$userId"
            params={{ customerNumber, userId: id }}
          >
            {t.open}
          </LinkButton>
        )}
        <Button onClick={onCreateAnother}>{t.another}</Button>
        <LinkButton to="/directory/$customerNumber/users" params={{ customerNumber }}>
          {t.all}
        </LinkButton>
      </div>
    </section>
  );
}
