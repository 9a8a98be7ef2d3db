import { describe, expect, it } from 'vitest';
import { fileStamp } from './download';

describe('fileStamp', () => {
  it('stamps a download with its local date and time, padded, without colons', () => {
    expect(fileStamp(new Date(2026, 11, 2, 6, 5))).toBe('2026-12-02-0605');
    expect(fileStamp(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31-2359');
  });
});
