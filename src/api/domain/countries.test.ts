import { describe, expect, it, vi } from 'vitest';
import { spyOnCollators } from '@/test/spy-collator';
import { countryCode, countryName, englishCountries, isCountryCode } from './countries';

describe('englishCountries', () => {
  it('lists all 249 officially assigned ISO 3166-1 alpha-2 codes once', () => {
    expect(englishCountries()).toHaveLength(249);
    expect(new Set(englishCountries().map((c) => c.code)).size).toBe(249);
    for (const { code, name } of englishCountries()) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(2);
    }
  });

  it('is sorted by English name', () => {
    const names = englishCountries().map((c) => c.name);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    expect(names).toEqual(sorted);
    expect(names[0]).toBe('Afghanistan');
    expect(names[1]).toBe('Åland Islands');
    expect(names.at(-1)).toBe('Zimbabwe');
  });

  it('is sorted on first use, not when the module loads', async () => {
    vi.resetModules();
    const Collator = spyOnCollators();
    const fresh = await import('./countries');
    expect(Collator).not.toHaveBeenCalled();
    expect(fresh.englishCountries()).toBe(fresh.englishCountries());
    expect(Collator).toHaveBeenCalledTimes(1);
  });

  it('agrees with the ICU region names for every code it lists', () => {
    // ICU answers unknown codes with the code itself; all of ours must be known regions.
    const icu = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const { code } of englishCountries()) expect(icu.of(code), code).not.toBe(code);
  });
});

describe('isCountryCode / countryName', () => {
  it.each([
    ['CH', true, 'Switzerland'],
    ['ch', true, 'Switzerland'],
    ['LI', true, 'Liechtenstein'],
    ['DE', true, 'Germany'],
    ['AX', true, 'Åland Islands'],
    ['SS', true, 'South Sudan'],
    ['BQ', true, 'Bonaire, Sint Eustatius and Saba'],
    ['GB', true, 'United Kingdom of Great Britain and Northern Ireland'],
    // Reserved or withdrawn, not officially assigned:
    ['UK', false, undefined],
    ['EU', false, undefined],
    ['XK', false, undefined],
    ['AN', false, undefined],
    ['YU', false, undefined],
    ['ZZ', false, undefined],
    ['CHE', false, undefined],
    ['', false, undefined],
  ])('%j → %s, %j', (code, valid, name) => {
    expect(isCountryCode(code)).toBe(valid);
    expect(countryName(code)).toBe(name);
  });
});

describe('countryCode schema', () => {
  it.each([
    ['CH', 'CH'],
    [' ch ', 'CH'],
    ['De', 'DE'],
  ])('accepts %j as %j', (input, expected) => {
    expect(countryCode.parse(input)).toBe(expected);
  });

  it.each(['UK', 'Switzerland', 'C', '', 'XX'])('rejects %j', (input) => {
    const result = countryCode.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Choose a country from the list (ISO 3166-1 alpha-2)');
  });
});
