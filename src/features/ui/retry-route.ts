import type { AnyRouter } from '@tanstack/react-router';
import { focusPage } from './focus-page';

/**
 * "Try again" on a page that failed: resets what failed and runs the route's loaders again. The
 * error panel goes with its button, so once the page (or the error again) is drawn, the keyboard's
 * place is its heading, as after a navigation.
 */
export function retryRoute(router: AnyRouter, reset: () => void): void {
  reset();
  const stop = router.subscribe('onRendered', () => {
    stop();
    const active = document.activeElement;
    if (active === null || active === document.body) focusPage();
  });
  void router.invalidate();
}
