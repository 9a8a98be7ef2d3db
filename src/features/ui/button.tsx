import {
  type ButtonHTMLAttributes,
  type CSSProperties,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import { cx } from './class-names';

const BUTTON_VARIANTS = {
  // White on teal-600 is 3.7:1, below WCAG AA: teal-700 (5.4:1) in both themes.
  primary: 'bg-teal-700 text-white hover:bg-teal-800',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 ' +
    'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  danger: 'bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
  /** A row's destructive action: quiet until hovered or focused; the confirmation is the loud part. */
  'danger-quiet':
    'text-red-700 hover:bg-red-50 hover:ring-1 hover:ring-red-300 dark:text-red-300 dark:hover:bg-red-950/60 dark:hover:ring-red-800',
} as const;

const BUTTON_SIZES = { sm: 'px-2.5 py-1 text-xs', md: 'px-3.5 py-2 text-sm' } as const;

export type ButtonLook = { variant?: keyof typeof BUTTON_VARIANTS; size?: keyof typeof BUTTON_SIZES };

/** A button's classes: also for links that look like buttons (`link-button.tsx`). */
export function buttonClass({ variant = 'secondary', size = 'md' }: ButtonLook): string {
  return cx(
    'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
    'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
    BUTTON_SIZES[size],
    BUTTON_VARIANTS[variant],
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonLook {
  pending?: boolean;
  /** Why the action is not available: the button stays focusable and says so. */
  disabledReason?: string | null;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant, size, pending, disabledReason, disabled, className, children, onClick, ...rest },
  ref,
) {
  const reasonId = useId();
  const off = Boolean(disabled || pending || disabledReason);
  const [said, setSaid] = useState<{ style: CSSProperties; reason: string } | null>(null);
  const unsay = useCallback(() => setSaid(null), []);
  // A reason that changed or went away is no longer what was said.
  if (said && said.reason !== disabledReason) setSaid(null);
  return (
    <>
      <button
        ref={ref}
        type="button"
        {...rest}
        // aria-disabled rather than disabled when there is a reason, so keyboard users can reach it
        // and hear why; and while pending, since a focused button that turns disabled drops the
        // keyboard's place to the page (the click is refused below either way).
        disabled={disabledReason || pending ? undefined : off}
        aria-disabled={off || undefined}
        aria-busy={pending || undefined}
        aria-describedby={disabledReason ? reasonId : rest['aria-describedby']}
        title={disabledReason ?? rest.title}
        onClick={
          off
            ? (event) => {
                event.preventDefault();
                if (disabledReason)
                  setSaid({ style: placeBelow(event.currentTarget), reason: disabledReason });
              }
            : onClick
        }
        onBlur={(event) => {
          unsay();
          rest.onBlur?.(event);
        }}
        className={cx(buttonClass({ variant, size }), off && 'cursor-not-allowed opacity-60', className)}
      >
        {pending && <Spinner className="h-3.5 w-3.5" />}
        {children}
      </button>
      {disabledReason && (
        <span id={reasonId} className="sr-only">
          {disabledReason}
        </span>
      )}
      {said && <ReasonBubble style={said.style} text={said.reason} onGone={unsay} />}
    </>
  );
});

/** Under the button, kept inside the window: from its left edge, or its right one on the right half. */
function placeBelow(button: HTMLElement): CSSProperties {
  const box = button.getBoundingClientRect();
  const top = box.bottom + 6;
  return box.left > window.innerWidth / 2
    ? { top, right: Math.max(window.innerWidth - box.right, 8) }
    : { top, left: Math.max(box.left, 8) };
}

/**
 * A disabled button's reason, shown when it is clicked or tapped anyway: `title` shows only on a
 * hover, so a touch screen or a quick click got no answer. Screen readers already hear the reason
 * as the button's description. Gone after a few seconds, on a scroll, a press elsewhere or a key.
 */
function ReasonBubble({ style, text, onGone }: { style: CSSProperties; text: string; onGone: () => void }) {
  useEffect(() => {
    const timer = window.setTimeout(onGone, 5000);
    const events = ['scroll', 'pointerdown', 'keydown', 'resize'] as const;
    // Added after this click's own events have passed.
    const frame = requestAnimationFrame(() => {
      for (const name of events) window.addEventListener(name, onGone, { capture: true, passive: true });
    });
    return () => {
      window.clearTimeout(timer);
      cancelAnimationFrame(frame);
      for (const name of events) window.removeEventListener(name, onGone, { capture: true });
    };
  }, [onGone]);
  return createPortal(
    <span
      aria-hidden
      style={style}
      className={cx(
        'pointer-events-none fixed z-[60] max-w-72 rounded-md px-2.5 py-1.5 text-xs font-medium shadow-lg',
        'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900',
      )}
    >
      {text}
    </span>,
    document.body,
  );
}

export function Spinner({ className, label }: { className?: string; label?: string }) {
  return (
    <svg
      className={cx('animate-spin', className ?? 'h-4 w-4')}
      viewBox="0 0 24 24"
      fill="none"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeOpacity="0.25" strokeWidth="4" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}
