import { useLayoutEffect } from 'react';
import { focusLost, focusPage } from './focus-page';

/**
 * Where focus goes when a dialog closes and leaves it on the page's body: the opener, kept here,
 * or the page's heading when the opener is gone (a row deleted from its own dialog) or hidden.
 * Headless UI gives the focus back only to an opener that is still there and that it saw focused
 * after its code loaded, which a dialog loaded on its first open misses. `Modal` calls it for
 * every dialog.
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
        if (focusLost()) {
          if (element.isConnected) element.focus();
          // Gone, or there but hidden (a bulk toolbar once its selection is cleared).
          if (document.activeElement !== element) focusPage();
        } else if (now?.closest('[role="dialog"]') && ++frames < 60) {
          // Still in the dialog as it animates out: look again once it has gone.
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    };
  }, [open]);
}
