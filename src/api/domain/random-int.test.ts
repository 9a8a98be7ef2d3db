import { describe, expect, it } from 'vitest';
import { type RandomSource, randomInt } from './random-int';

/** Replays fixed words so the rejection step can be observed. */
function replay(words: number[]): RandomSource & { calls: number } {
  const source = Object.assign(
    (buffer: Uint32Array) => {
      const word = words[source.calls];
      if (word === undefined) throw new Error('ran out of words');
      source.calls += 1;
      buffer[0] = word;
    },
    { calls: 0 },
  );
  return source;
}

describe('randomInt', () => {
  // For max = 3: 2^32 % 3 = 1, so only the single top word 2^32 - 1 would bias the result.
  it.each([
    [3, [0], 0, 1],
    [3, [4], 1, 1],
    [3, [2 ** 32 - 2], 2, 1],
    [3, [2 ** 32 - 1, 5], 2, 2],
    // For max = 10: 2^32 % 10 = 6, so the top six words are rejected.
    [10, [2 ** 32 - 6, 2 ** 32 - 1, 2 ** 32 - 7], 9, 3],
    [10, [2 ** 32 - 7], 9, 1],
    // Powers of two divide 2^32 exactly: nothing is rejected.
    [16, [2 ** 32 - 1], 15, 1],
    [1, [123], 0, 1],
  ])('max %i with words %j → %i after %i draws', (max, words, expected, draws) => {
    const source = replay(words);
    expect(randomInt(max, source)).toBe(expected);
    expect(source.calls).toBe(draws);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])('rejects the range %j', (max) => {
    expect(() => randomInt(max)).toThrow(RangeError);
  });

  it('covers the whole range with crypto randomness', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i += 1) seen.add(randomInt(7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
