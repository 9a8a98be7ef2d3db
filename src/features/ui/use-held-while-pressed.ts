import { useEffect, useState } from 'react';

// A mouse press and its click are separate tasks, and a press moves focus: a field left by it shows
// its message in between and pushes what is below from under the pointer. A press released off its
// target is no click, so the click was lost.
let pressed = false;
let listening = false;
const onRelease = new Set<() => void>();

function release() {
  if (!pressed) return;
  pressed = false;
  // After the click this release makes (dispatched in the same task as the pointerup).
  setTimeout(() => {
    for (const show of onRelease) show();
    onRelease.clear();
  }, 0);
}

function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener(
    'pointerdown',
    () => {
      pressed = true;
    },
    true,
  );
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
  // A press released outside the window.
  window.addEventListener('blur', release);
}

/**
 * `value` as it was when a pointer went down, until just after the click that press makes; at
 * once otherwise. For what appears as focus leaves a field (its message): the layout stays put
 * under the pointer, so the first click lands where it was aimed.
 */
export function useHeldWhilePressed<T>(value: T): T {
  listen();
  const [shown, setShown] = useState(value);
  const holding = pressed && !Object.is(shown, value);
  if (!pressed && !Object.is(shown, value)) setShown(value);
  useEffect(() => {
    if (!holding) return;
    const show = () => setShown(value);
    // Released before this effect ran: its timer has gone by.
    if (!pressed) return show();
    onRelease.add(show);
    return () => {
      onRelease.delete(show);
    };
  }, [holding, value]);
  return holding ? shown : value;
}
