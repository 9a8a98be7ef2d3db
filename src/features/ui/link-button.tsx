import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { BUTTON_VARIANTS } from './button';
import { cx } from './class-names';

type Variant = 'primary' | 'secondary';

const StyledAnchor = forwardRef<
  HTMLAnchorElement,
  AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: Variant }
>(function StyledAnchor({ variant = 'secondary', className, ...rest }, ref) {
  return (
    <a
      ref={ref}
      {...rest}
      className={cx(
        'inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
        BUTTON_VARIANTS[variant],
        className,
      )}
    />
  );
});

/** A router link that looks like a `Button` (same variants): for actions that are navigations. */
export const LinkButton = createLink(StyledAnchor);
