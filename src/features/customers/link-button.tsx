import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { cx } from '../ui/class-names';

const VARIANTS = {
  primary: 'bg-teal-700 text-white hover:bg-teal-800 dark:bg-teal-600 dark:hover:bg-teal-500',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 ' +
    'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
} as const;

const StyledAnchor = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: keyof typeof VARIANTS }
>(function StyledAnchor({ variant = 'secondary', className, ...rest }, ref) {
  return (
    <a
      ref={ref}
      {...rest}
      className={cx(
        'inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
        VARIANTS[variant],
        className,
      )}
    />
  );
});

/** A router link that looks like a `Button`: for actions that are navigations (New, Edit). */
export const LinkButton = createLink(StyledAnchor);
