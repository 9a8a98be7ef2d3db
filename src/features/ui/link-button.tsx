import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, forwardRef } from 'react';
import type { EndpointRef } from '@/api/permissions';
import { Button, type ButtonLook, buttonClass } from './button';
import { cx } from './class-names';
import { useWriteDisabledReason } from './use-key-capabilities';

type AnchorProps = AnchorHTMLAttributes<HTMLAnchorElement> & ButtonLook;
type WriteAnchorProps = AnchorProps & {
  /** The endpoint the page behind the link calls, so a refusal there turns this link off. */
  writes?: EndpointRef;
  /** That call's path params (the customer number, the user id). */
  writeParams?: Record<string, unknown>;
};

const StyledAnchor = forwardRef<HTMLAnchorElement, AnchorProps>(function StyledAnchor(
  { variant, size, className, ...rest },
  ref,
) {
  return <a ref={ref} {...rest} className={cx(buttonClass({ variant, size }), className)} />;
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
