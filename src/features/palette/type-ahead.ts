/**
 * Keys typed after Ctrl+K / ⌘K and before the palette's search box has focus. The palette's code
 * loads on its first open, and someone who types straight on ("Ctrl+K serv Enter") must lose
 * none of it, nor have it land in the page's focused field or press its focused button. In the
 * shell's first load, so kept small: the palette takes what was typed when its box gets focus.
 */
export interface TypedAhead {
  text: string;
  /** Enter was pressed: run the first result once the text is in. */
  enter: boolean;
}

let typed: TypedAhead | null = null;
let cancel: () => void = () => undefined;

function capture(event: KeyboardEvent) {
  if (!typed || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape') cancel();
  else if (event.key === 'Enter') typed.enter = true;
  else if (event.key === 'Backspace') typed.text = typed.text.slice(0, -1);
  else if ([...event.key].length === 1 && !typed.enter) typed.text += event.key;
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** From the shortcut that opens the palette until it takes the keys; Escape calls `onEscape`. */
export function startTypeAhead(onEscape: () => void): void {
  cancel = onEscape;
  if (typed) return;
  typed = { text: '', enter: false };
  document.addEventListener('keydown', capture, true);
}

/** Stops capturing (the palette closed, or failed to load). */
export function stopTypeAhead(): void {
  typed = null;
  document.removeEventListener('keydown', capture, true);
}

/** What was typed since `startTypeAhead`, once: the keys from now on go to the focused box. */
export function takeTypeAhead(): TypedAhead {
  const taken = typed ?? { text: '', enter: false };
  stopTypeAhead();
  return taken;
}
