import { vi } from 'vitest';

/** Counts the `Intl.Collator`s built from now on; each is still a real one (`restoreMocks` undoes it). */
export function spyOnCollators() {
  const Real = Intl.Collator;
  // biome-ignore lint/complexity/useArrowFunction: the spy is called with `new`, which an arrow cannot take
  return vi.spyOn(Intl, 'Collator').mockImplementation(function (...args) {
    return new Real(...args);
  } as typeof Intl.Collator);
}
