/**
 * After a navigation the code starts (not a link the user followed), move focus to the new page,
 * as a screen reader expects on a route change: its heading, else `<main>`. Otherwise focus
 * falls back to the body or to whatever had it, and a keyboard user tabs from the top again.
 */
export function focusPage() {
  const main = document.getElementById('main');
  if (!main) return;
  const heading = main.querySelector<HTMLElement>('h1');
  // Focusable by script only: the heading stays out of the tab order.
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  (heading ?? main).focus({ preventScroll: true });
}
