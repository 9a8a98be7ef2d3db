import { describe, expect, it } from 'vitest';
import { userCreateBody } from '@/api/catalogue/body-schemas';
import { joinUpn, splitUpn, suggestLocalPart, upnLocalPartIssue } from './upn';

describe('splitUpn / joinUpn', () => {
  it.each([
    ['max@example.com', 'max', 'example.com'],
    ['Max.Muster@Example.COM', 'Max.Muster', 'example.com'],
    ['12345678_1234@4b42.com', '12345678_1234', '4b42.com'],
    ['odd@name@example.com', 'odd@name', 'example.com'],
    ['no-at-sign', 'no-at-sign', ''],
    ['', '', ''],
  ])('%j → %j @ %j', (upn, local, suffix) => {
    expect(splitUpn(upn)).toEqual({ local, suffix });
  });

  it('joins a trimmed local part with the suffix', () => {
    expect(joinUpn(' max ', 'example.com')).toBe('max@example.com');
  });
});

describe('upnLocalPartIssue', () => {
  it.each(['max', 'max.muster', 'max_muster-2', '12345678_1234', 'a'.repeat(64), "o'brien", 'x+tag'])(
    'accepts %j, and the catalogue accepts it with a suffix',
    (local) => {
      expect(upnLocalPartIssue(local)).toBeNull();
      const body = userCreateBody.safeParse({
        lastname: 'L',
        firstname: 'F',
        upn: joinUpn(local, 'example.com'),
      });
      expect(body.success).toBe(true);
    },
  );

  it.each([
    ['', 'Enter the part before the @'],
    ['   ', 'Enter the part before the @'],
    ['max@example.com', 'Type only the part before the @ and pick the suffix from the list'],
    ['max muster', 'A user principal name cannot contain spaces'],
    ['a'.repeat(65), 'At most 64 characters before the @'],
    ['.max', 'A dot cannot start or end the name or follow another dot'],
    ['max.', 'A dot cannot start or end the name or follow another dot'],
    ['max..muster', 'A dot cannot start or end the name or follow another dot'],
    ['jürg', 'Use letters a–z, digits and . _ - only (no umlauts or accents)'],
    ['max,muster', 'Use letters a–z, digits and . _ - only (no umlauts or accents)'],
    ['(max)', 'Use letters a–z, digits and . _ - only (no umlauts or accents)'],
  ])('%j → %j', (local, message) => {
    expect(upnLocalPartIssue(local)).toBe(message);
  });
});

describe('suggestLocalPart', () => {
  it.each([
    ['Max', 'Mustermann', 'max.mustermann'],
    ['Jürg', 'Müller', 'juerg.mueller'],
    ['Kevin', 'Bühl', 'kevin.buehl'],
    ['Ann-Kathrin', 'von der Heide', 'ann-kathrin.von-der-heide'],
    ['François', 'Señor', 'francois.senor'],
    ['Jörg', 'Straße', 'joerg.strasse'],
    ['', 'Solo', 'solo'],
    ['', '', ''],
    ['"Quoted"', 'O,Brien', 'quoted.obrien'],
  ])('%j %j → %j', (first, last, local) => {
    const suggestion = suggestLocalPart(first, last);
    expect(suggestion).toBe(local);
    if (suggestion) expect(upnLocalPartIssue(suggestion)).toBeNull();
  });
});
