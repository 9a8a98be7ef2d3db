import { describe, expect, it, vi } from 'vitest';
import { spyOnCollators } from '@/test/spy-collator';
import { compareNames } from './text-match';

describe('compareNames', () => {
  it('sorts names the way people read them', () => {
    expect(['user 10', 'Zoe', 'user 9', 'Ärger', 'anna'].sort(compareNames)).toEqual([
      'anna',
      'Ärger',
      'user 9',
      'user 10',
      'Zoe',
    ]);
  });

  it('builds its collator on the first sort, not when a page loads the module', async () => {
    vi.resetModules();
    const Collator = spyOnCollators();
    const fresh = await import('./text-match');
    expect(Collator).not.toHaveBeenCalled();
    fresh.compareNames('a', 'b');
    fresh.compareNames('b', 'c');
    expect(Collator).toHaveBeenCalledTimes(1);
  });
});
