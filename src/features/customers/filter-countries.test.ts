import { describe, expect, it } from 'vitest';
import { englishCountries } from '@/api/domain/countries';
import { filterCountries } from './filter-countries';

describe('filterCountries', () => {
  it.each([
    ['ch', 'CH'],
    ['CH', 'CH'],
    ['switz', 'CH'],
    ['germ', 'DE'],
    ['aland', 'AX'],
    ['cote', 'CI'],
    ['kingdom', 'GB'],
  ])('"%s" lists %s first', (query, code) => {
    expect(filterCountries(query)[0]?.code).toBe(code);
  });

  it('lists every country for an empty query', () => {
    expect(filterCountries('  ')).toHaveLength(englishCountries().length);
  });

  it('finds nothing for nonsense', () => {
    expect(filterCountries('atlantis')).toEqual([]);
  });
});
