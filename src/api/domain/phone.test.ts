import { describe, expect, it } from 'vitest';
import { e164Phone, normalisePhone } from './phone';

describe('normalisePhone', () => {
  it.each([
    ['+41 44 123 45 67', '+41441234567'],
    ['0041 44 123 45 67', '+41441234567'],
    ['+41-44-123-45-67', '+41441234567'],
    ['+41.44.123.45.67', '+41441234567'],
    ['+1 (212) 555/0100', '+12125550100'],
    ['  +41 44 123 45 67  ', '+41441234567'],
    ['044 123 45 67', '0441234567'],
    ['+41 (0)44 123 45 67', '+41441234567'],
    ['0041 (0) 44 123 45 67', '+41441234567'],
    ['(044) 123 45 67', '0441234567'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it('is idempotent on its own output', () => {
    for (const input of ['+41 44 123 45 67', '0041 44 123 45 67', '00 0041 1', '044 123 45 67']) {
      const once = normalisePhone(input);
      expect(normalisePhone(once)).toBe(once);
    }
  });
});

describe('e164Phone', () => {
  it.each([
    ['+41 44 123 45 67', '+41441234567'],
    ['0041 44 123 45 67', '+41441234567'],
    ['+49 (30) 1234-5678', '+493012345678'],
    ['+1 212 555 0100', '+12125550100'],
    ['+4112345', '+4112345'],
    ['+123456789012345', '+123456789012345'],
  ])('accepts %j as %j', (input, expected) => {
    expect(e164Phone.parse(input)).toBe(expected);
  });

  it.each([
    ['044 123 45 67', 'no country code'],
    ['+0441234567', 'country code cannot start with 0'],
    ['+411234', 'too short'],
    ['+1234567890123456', 'too long (16 digits)'],
    ['+41 44 123 45 67 ext 9', 'letters'],
    ['', 'empty'],
    ['+', 'only a plus'],
  ])('rejects %j (%s)', (input) => {
    const result = e164Phone.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Enter an international number in E.164 form, e.g. +41 44 123 45 67',
    );
  });

  it('accepts its own output unchanged', () => {
    const once = e164Phone.parse('0041 44 123 45 67');
    expect(e164Phone.parse(once)).toBe(once);
  });
});
