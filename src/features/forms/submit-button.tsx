import type { ReactNode } from 'react';
import { i18n, params, useMessages } from '@/i18n';
import { formatCountdown } from '../rate-limit/format-duration';
import { useRateLimitCountdown } from '../rate-limit/use-rate-limit';
import { Button } from '../ui/button';

const messages = i18n('forms/submit-button', {
  wait: params<{ time: string }>('Wait {time}'),
  why: '(too many requests: the API accepts requests again then)',
});

/**
 * A form's submit button: off while the request is pending (so a double click sends one request)
 * and during a 429 countdown, when it shows "Wait 0:12". After the countdown it is on again and
 * waits for the user: nothing is re-sent automatically.
 */
export function SubmitButton({
  pending,
  disabledReason,
  children,
  className,
}: {
  pending: boolean;
  /** Why submitting is not possible at all (e.g. a read-only key). */
  disabledReason?: string | null;
  children: ReactNode;
  className?: string;
}) {
  const t = useMessages(messages);
  const { blocked, secondsLeft } = useRateLimitCountdown();
  return (
    <Button
      type="submit"
      variant="primary"
      className={className}
      pending={pending}
      disabled={blocked}
      disabledReason={disabledReason}
    >
      {blocked ? (
        <>
          {t.wait({ time: formatCountdown(secondsLeft * 1000) })}
          <span className="sr-only"> {t.why}</span>
        </>
      ) : (
        children
      )}
    </Button>
  );
}
