import type { AnyRouter } from '@tanstack/react-router';
import { focusLost, focusPage } from './focus-page';

/**
 * "Try again" on a page that failed: resets what failed and runs the route's loaders again. The
 * error panel goes with its button, so once the page (or the error again) is drawn, the keyboard's
 * place is its heading, as after a navigation.
 */
export function retryRoute(router: AnyRouter, reset: () => void): void {
  reset();
  const stop = router.subscribe('onRendered', () => {
    stop();
    if (focusLost()) focusPage();
  });
  void router.invalidate();
}
