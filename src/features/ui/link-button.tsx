import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';
import type { EndpointRef } from '@/api/permissions';
import { BUTTON_SIZES, BUTTON_VARIANTS, Button } from './button';
import { cx } from './class-names';
import { useWriteDisabledReason } from './use-key-capabilities';

type AnchorProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  variant?: keyof typeof BUTTON_VARIANTS;
  size?: keyof typeof BUTTON_SIZES;
};
type WriteAnchorProps = AnchorProps & {
  /** The endpoint the page behind the link calls, so a refusal there turns this link off. */
  writes?: EndpointRef;
  /** That call's path params (the customer number, the user id). */
  writeParams?: Record<string, unknown>;
};

const StyledAnchor = forwardRef<HTMLAnchorElement, AnchorProps>(function StyledAnchor(
  { variant = 'secondary', size = 'md', className, ...rest },
  ref,
) {
  return (
    <a
      ref={ref}
      {...rest}
      className={cx(
        'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors',
        BUTTON_SIZES[size],
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
        BUTTON_VARIANTS[variant],
        className,
      )}
    />
  );
});

/** A router link that looks like a `Button` (same variants): for actions that are navigations. */
export const LinkButton = createLink(StyledAnchor);

const WriteAnchor = forwardRef<HTMLAnchorElement, WriteAnchorProps>(function WriteAnchor(
  { variant, size, children, writes, writeParams, ...rest },
  ref,
) {
  const reason = useWriteDisabledReason(writes, writeParams);
  if (reason) {
    return (
      <Button variant={variant} size={size} disabledReason={reason}>
        {children}
      </Button>
    );
  }
  return (
    <StyledAnchor ref={ref} variant={variant} size={size} {...rest}>
      {children}
    </StyledAnchor>
  );
});

/**
 * A `LinkButton` to a page that writes ("New user", "Edit"). For a read-only key it is a disabled
 * button instead, which stays focusable and says why.
 */
export const WriteLinkButton = createLink(WriteAnchor);
