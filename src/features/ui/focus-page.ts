/**
 * After a navigation the code starts (not a link the user followed), move focus to the new page,
 * as a screen reader expects on a route change: its heading, else `<main>`. Otherwise focus
 * falls back to the body or to whatever had it, and a keyboard user tabs from the top again.
 */
export function focusPage() {
  const main = document.getElementById('main');
  if (!main) return;
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading) focusByScript(heading, { preventScroll: true });
  else main.focus({ preventScroll: true });
}

/** Whether focus has fallen to the page: the element that held it went away or was hidden. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/** Focuses a heading or text from script only: it stays out of the tab order. */
export function focusByScript(element: HTMLElement | null, options?: FocusOptions) {
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus(options);
}

/** The first field a user types in or picks from inside `box`. */
export function firstField(box: ParentNode | null | undefined): HTMLElement | null {
  return box?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ?? null;
}
