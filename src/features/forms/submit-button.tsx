import type { ReactNode } from 'react';
import { formatCountdown } from '../rate-limit/format-duration';
import { useRateLimitCountdown } from '../rate-limit/use-rate-limit';
import { Button } from '../ui/button';

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
          Wait {formatCountdown(secondsLeft * 1000)}
          <span className="sr-only"> (too many requests: the API accepts requests again then)</span>
        </>
      ) : (
        children
      )}
    </Button>
  );
}
