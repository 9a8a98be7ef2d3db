import { describe, expect, it } from 'vitest';
import { formatUtcDateTime, parseApiDate } from './format-api-date';

describe('parseApiDate', () => {
  it.each([
    [
      'the documented UTC object',
      { date: '2024-03-24 10:04:07.000000', timezone_type: 3, timezone: 'UTC' },
      '2024-03-24T10:04:07.000Z',
    ],
    [
      'a one-digit hour (POST example)',
      { date: '2024-03-24 9:36:37.000000', timezone_type: 3, timezone: 'UTC' },
      '2024-03-24T09:36:37.000Z',
    ],
    [
      'a zone name in winter',
      { date: '2024-01-15 12:00:00.000000', timezone_type: 3, timezone: 'Europe/Zurich' },
      '2024-01-15T11:00:00.000Z',
    ],
    [
      'a zone name in summer',
      { date: '2024-07-15 12:00:00.000000', timezone_type: 3, timezone: 'Europe/Zurich' },
      '2024-07-15T10:00:00.000Z',
    ],
    [
      'an offset (type 1)',
      { date: '2024-03-24 12:04:07.000000', timezone_type: 1, timezone: '+02:00' },
      '2024-03-24T10:04:07.000Z',
    ],
    [
      'an abbreviation (type 2)',
      { date: '2024-03-24 11:04:07.000000', timezone_type: 2, timezone: 'CET' },
      '2024-03-24T10:04:07.000Z',
    ],
    ['a plain string, taken as UTC', '2024-03-24 10:04:07', '2024-03-24T10:04:07.000Z'],
    ['a date without time', '2024-03-24', '2024-03-24T00:00:00.000Z'],
    ['ISO 8601 with Z', '2024-03-24T10:04:07Z', '2024-03-24T10:04:07.000Z'],
  ])('reads %s', (_label, value, iso) => {
    expect(parseApiDate(value)?.toISOString()).toBe(iso);
  });

  it.each([
    ['nothing', null],
    ['garbage', 'yesterday'],
    ['an unknown zone', { date: '2024-03-24 10:04:07', timezone: 'Mars/Olympus' }],
  ])('returns null for %s', (_label, value) => {
    expect(parseApiDate(value)).toBeNull();
  });
});

describe('formatUtcDateTime', () => {
  it('is unambiguous', () => {
    expect(formatUtcDateTime(new Date('2024-03-24T10:04:07Z'))).toBe('2024-03-24 10:04:07 UTC');
  });
});
