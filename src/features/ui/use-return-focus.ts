import { useLayoutEffect } from 'react';

/**
 * For a dialog whose code loads on its first open. Headless UI gives the focus back to the element
 * it last saw focused, but it sees only what was focused after its code loaded. So the opener is
 * kept here, and focused again when the closing dialog leaves the focus on the page's body.
 */
export function useReturnFocus(open: boolean) {
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    const element = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      if (!element) return;
      let frames = 0;
      const check = () => {
        const now = document.activeElement;
        if (now === null || now === document.body) {
          if (element.isConnected) element.focus();
        } else if (now.closest('[role="dialog"]') && ++frames < 60) {
          // Still in the dialog as it animates out: look again once it has gone.
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    };
  }, [open]);
}
