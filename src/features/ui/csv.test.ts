import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(['number', 'name'], [[1, 'Müller AG']]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('number,name\r\n1,Müller AG\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    const csv = toCsv(['a'], [['x,y'], ['say "hi"'], ['two\nlines']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['a', '"x,y"', '"say ""hi"""', '"two\nlines"', '']);
  });

  it('leaves empty cells for missing values and defuses spreadsheet formulas', () => {
    const csv = toCsv(['a', 'b', 'c'], [[null, '=SUM(A1)', '-12.5']]);
    expect(csv.slice(1).split('\r\n')[1]).toBe(",'=SUM(A1),-12.5");
  });
});
