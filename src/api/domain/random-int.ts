/** Fills the buffer with random 32-bit words; injectable so tests can replay chosen words. */
export type RandomSource = (buffer: Uint32Array<ArrayBuffer>) => void;

const cryptoSource: RandomSource = (buffer) => {
  crypto.getRandomValues(buffer);
};

/**
 * Uniform integer in [0, max) from 32-bit random words. Words at or above the largest multiple of
 * `max` are rejected and redrawn, so `% max` does not favour the low values (no modulo bias).
 */
export function randomInt(max: number, source: RandomSource = cryptoSource): number {
  if (!Number.isInteger(max) || max < 1 || max > 2 ** 32) throw new RangeError(`Bad range: ${max}`);
  const limit = 2 ** 32 - (2 ** 32 % max);
  const word = new Uint32Array(1);
  for (;;) {
    source(word);
    const value = word[0] ?? 0;
    if (value < limit) return value % max;
  }
}
