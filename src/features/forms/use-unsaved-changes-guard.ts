import { useBlocker } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';

/** The connect screen: a 401 sends the user there, and the draft (in storage) comes back after. */
const KEY_ROUND_TRIP_PATH = '/connect';

export interface UnsavedChangesGuard {
  /** A navigation is waiting for the user's answer: show `UnsavedChangesDialog`. */
  blocked: boolean;
  /** Cancel the navigation and stay on the form. */
  stay(): void;
  /** Go on, dropping the changes. */
  leave(): void;
  /** Call right before navigating away after a successful save. */
  allowNavigation(): void;
}

/**
 * Asks before leaving a dirty form: in-app navigation waits for `UnsavedChangesDialog`, a reload
 * or closing the tab gets the browser's own prompt. Staying on the same path (search changes)
 * and the 401 redirect to the connect screen are never blocked.
 */
export function useUnsavedChangesGuard({
  dirty,
  onLeave,
}: {
  dirty: boolean;
  /** Runs when the user chooses to leave (e.g. forget the draft). */
  onLeave?: () => void;
}): UnsavedChangesGuard {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const allowedRef = useRef(false);
  const onLeaveRef = useRef(onLeave);
  onLeaveRef.current = onLeave;

  // Stable functions: useBlocker re-registers with the history whenever they change.
  const shouldBlockFn = useCallback(
    ({ current, next }: { current: { pathname: string }; next: { pathname: string } }) =>
      dirtyRef.current &&
      !allowedRef.current &&
      next.pathname !== current.pathname &&
      next.pathname !== KEY_ROUND_TRIP_PATH,
    [],
  );
  const enableBeforeUnload = useCallback(() => dirtyRef.current && !allowedRef.current, []);
  const resolver = useBlocker({ shouldBlockFn, enableBeforeUnload, withResolver: true });

  return {
    blocked: resolver.status === 'blocked',
    stay: () => resolver.reset?.(),
    leave: () => {
      onLeaveRef.current?.();
      resolver.proceed?.();
    },
    allowNavigation: () => {
      allowedRef.current = true;
    },
  };
}
