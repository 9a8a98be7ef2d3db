import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { formatCountdown } from '@/features/rate-limit/format-duration';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { Button, type ButtonLook } from '@/features/ui/button';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('forms/submit-button', {
  wait: params<{ time: string }>('Wait {time}'),
  why: 'Too many requests: the API accepts requests again then.',
});

/**
 * The button that sends a request, in a form or on its own (`useApiAction`): off while the request
 * is pending (so a double click sends one request) and during a 429 countdown, when it shows
 * "Wait 0:12". After the countdown it is on again and waits for the user: nothing is re-sent
 * automatically. Off means focusable and saying why: the 429 answers a press of this very button,
 * and a focused button that turned disabled would drop the keyboard's place to the page.
 */
export function SendButton({
  pending,
  disabledReason,
  children,
  className,
  type = 'button',
  variant = 'primary',
  size,
  onClick,
}: ButtonLook & {
  pending: boolean;
  /** Why sending is not possible at all (e.g. a read-only key). */
  disabledReason?: string | null;
  children: ReactNode;
  className?: string;
  type?: 'button' | 'submit';
  onClick?: ButtonHTMLAttributes<HTMLButtonElement>['onClick'];
}) {
  const t = useMessages(messages);
  const { blocked, secondsLeft } = useRateLimitCountdown();
  return (
    <Button
      type={type}
      variant={variant}
      size={size}
      className={className}
      pending={pending}
      disabledReason={disabledReason ?? (blocked ? t.why : null)}
      onClick={onClick}
    >
      {blocked ? t.wait({ time: formatCountdown(secondsLeft * 1000) }) : children}
    </Button>
  );
}

/** A form's submit button (`SendButton`). */
export function SubmitButton(props: Omit<Parameters<typeof SendButton>[0], 'type' | 'onClick'>) {
  return <SendButton {...props} type="submit" />;
}
