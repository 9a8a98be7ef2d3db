import { type ButtonHTMLAttributes, forwardRef, useId } from 'react';
import { cx } from './class-names';

/** Shared by links that look like buttons (`link-button.tsx`). */
export const BUTTON_VARIANTS = {
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

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof BUTTON_VARIANTS;
  size?: 'sm' | 'md';
  pending?: boolean;
  /** Why the action is not available: the button stays focusable and says so. */
  disabledReason?: string | null;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    pending,
    disabledReason,
    disabled,
    className,
    children,
    onClick,
    ...rest
  },
  ref,
) {
  const reasonId = useId();
  const off = Boolean(disabled || pending || disabledReason);
  return (
    <>
      <button
        ref={ref}
        type="button"
        {...rest}
        // aria-disabled rather than disabled when there is a reason, so keyboard users can reach it
        // and hear why.
        disabled={disabledReason ? undefined : off}
        aria-disabled={off || undefined}
        aria-busy={pending || undefined}
        aria-describedby={disabledReason ? reasonId : rest['aria-describedby']}
        title={disabledReason ?? rest.title}
        onClick={off ? (event) => event.preventDefault() : onClick}
        className={cx(
          'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
          'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
          size === 'sm' ? 'px-2.5 py-1 text-xs' : 'px-3.5 py-2 text-sm',
          BUTTON_VARIANTS[variant],
          off && 'cursor-not-allowed opacity-60',
          className,
        )}
      >
        {pending && <Spinner className="h-3.5 w-3.5" />}
        {children}
      </button>
      {disabledReason && (
        <span id={reasonId} className="sr-only">
          {disabledReason}
        </span>
      )}
    </>
  );
});

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
