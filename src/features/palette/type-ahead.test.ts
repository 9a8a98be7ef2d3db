import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTypeAhead, stopTypeAhead, takeTypeAhead } from './type-ahead';

/** A key pressed in the page's search box, as the browser would dispatch it; returns the event. */
function press(target: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('type-ahead while the palette loads', () => {
  afterEach(() => {
    stopTypeAhead();
    document.body.replaceChildren();
  });

  it('keeps the text typed, with backspaces, and keeps it out of the focused field', () => {
    const field = document.body.appendChild(document.createElement('input'));
    startTypeAhead(() => undefined);
    const typed = [...'dnx'].map((key) => press(field, key));
    press(field, 'Backspace');
    press(field, 's');
    expect(typed.every((event) => event.defaultPrevented)).toBe(true);
    expect(takeTypeAhead()).toEqual({ text: 'dns', enter: false });
    // Taken once: the palette's box has the keys from now on.
    expect(press(field, 'x').defaultPrevented).toBe(false);
    expect(takeTypeAhead()).toEqual({ text: '', enter: false });
  });

  it('remembers Enter for the first result, and lets shortcuts with modifiers through', () => {
    startTypeAhead(() => undefined);
    press(document.body, 's');
    expect(press(document.body, 'k', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press(document.body, 'Tab').defaultPrevented).toBe(false);
    expect(press(document.body, 'Enter').defaultPrevented).toBe(true);
    expect(takeTypeAhead()).toEqual({ text: 's', enter: true });
  });

  it('Escape closes the palette before it has even loaded', () => {
    const close = vi.fn();
    startTypeAhead(close);
    expect(press(document.body, 'Escape').defaultPrevented).toBe(true);
    expect(close).toHaveBeenCalledOnce();
  });
});
