import { describe, expect, it } from 'vitest';
import { generatePassword, PASSWORD_CLASSES, passwordIssue, passwordRule } from './password';

describe('passwordIssue', () => {
  it.each([
    ['Correct-Horse7', null],
    ['Äpfel&Birnen12', null],
    ['aB3!aB3!aB3!', null],
    ['aB3!aB3!aB3', 'Use at least 12 characters'],
    ['', 'Use at least 12 characters'],
    ['correct-horse7', 'Add an upper-case letter'],
    ['CORRECT-HORSE7', 'Add a lower-case letter'],
    ['Correct-Horse!', 'Add a digit'],
    ['CorrectHorse77', 'Add a symbol, e.g. ! or %'],
    ['Correct Horse7', 'Add a symbol, e.g. ! or %'],
  ])('%j → %j', (pw, issue) => {
    expect(passwordIssue(pw)).toBe(issue);
  });

  it('states the rule the checks implement', () => {
    expect(passwordRule()).toBe(
      'At least 12 characters with upper- and lower-case letters, a digit and a symbol',
    );
  });
});

describe('generatePassword', () => {
  const passwords = Array.from({ length: 200 }, () => generatePassword());

  it('makes 200 distinct passwords of 20 characters that all pass the rule', () => {
    expect(new Set(passwords).size).toBe(200);
    for (const pw of passwords) {
      expect(pw).toHaveLength(20);
      expect(passwordIssue(pw), pw).toBeNull();
    }
  });

  it('uses every class and never a look-alike or a shell/DN-breaking character', () => {
    for (const pw of passwords) {
      for (const alphabet of PASSWORD_CLASSES) {
        expect(
          [...pw].some((c) => alphabet.includes(c)),
          pw,
        ).toBe(true);
      }
      expect(pw).not.toMatch(/[0Oo1lI"'`\\,;<>+=#$&|(){}[\]!*\s]/);
    }
  });

  it('does not always put the guaranteed characters first', () => {
    const firstIsUpper = passwords.filter((pw) => PASSWORD_CLASSES[0].includes(pw.charAt(0)));
    expect(firstIsUpper.length).toBeLessThan(200);
  });

  it.each([12, 32, 256])('honours length %i', (length) => {
    const pw = generatePassword(length);
    expect(pw).toHaveLength(length);
    expect(passwordIssue(pw)).toBeNull();
  });

  it.each([11, 0, 257, 12.5])('refuses length %j', (length) => {
    expect(() => generatePassword(length)).toThrow(RangeError);
  });
});
