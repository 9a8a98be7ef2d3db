import { describe, expect, it } from 'vitest';
import { formatFingerprint, sameFingerprint } from './ssh-fingerprint';

describe('formatFingerprint', () => {
  it.each([
    ['4B42D4824B425C7A4B42D350935840DD', '4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd', 'MD5'],
    [
      '4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd',
      '4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd',
      'MD5',
    ],
    ['MD5:4B42D4824B425C7A4B42D350935840DD', '4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd', 'MD5'],
    ['a'.repeat(64), Array(32).fill('aa').join(':'), 'SHA256'],
    ['ABCD', 'ab:cd', null],
    [
      'SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8',
      'SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8',
      'SHA256',
    ],
    ['not hex', 'not hex', null],
    ['ABC', 'ABC', null],
  ])('%j → %j (%s)', (raw, text, algorithm) => {
    expect(formatFingerprint(raw)).toEqual({ text, algorithm });
  });

  it('compares keys however they are written', () => {
    expect(
      sameFingerprint('4B42D4824B425C7A4B42D350935840DD', '4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd'),
    ).toBe(true);
    expect(sameFingerprint('4B42D4824B425C7A4B42D350935840DD', '9F1C27A04E8B3D6651C0E2B7A9D4F318')).toBe(
      false,
    );
  });
});
