import { afterEach, describe, expect, it, vi } from 'vitest';
import { spyOnCollators } from '@/test/spy-collator';

afterEach(() => vi.restoreAllMocks());

describe('compareNames', () => {
  it('sorts names the way people read them', async () => {
    const { compareNames } = await import('./text-match');
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
    const { compareNames } = await import('./text-match');
    expect(Collator).not.toHaveBeenCalled();
    compareNames('a', 'b');
    compareNames('b', 'c');
    expect(Collator).toHaveBeenCalledTimes(1);
  });
});
