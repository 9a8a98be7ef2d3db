import { describe, expect, it } from 'vitest';
import { groupPhoneNumber } from './phone-grouping';

describe('groupPhoneNumber', () => {
  it('groups an international number as it is dialled in its country', () => {
    expect(groupPhoneNumber('+41442345678')).toBe('+41 44 234 56 78');
    expect(groupPhoneNumber('+41791234567')).toBe('+41 79 123 45 67');
    expect(groupPhoneNumber('+4930901820')).toBe('+49 30 901820');
    expect(groupPhoneNumber('+33142685300')).toBe('+33 1 42 68 53 00');
  });

  it('leaves alone what it cannot read for sure: no country, or no number', () => {
    expect(groupPhoneNumber('044 234 56 78')).toBeNull();
    expect(groupPhoneNumber('call reception')).toBeNull();
    expect(groupPhoneNumber('+41 12')).toBeNull();
  });
});
