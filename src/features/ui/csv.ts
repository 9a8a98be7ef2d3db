/**
 * RFC 4180 CSV: CRLF between records, a field quoted when it holds a comma, a quote or a line
 * break, and a quote doubled inside. The leading BOM makes Excel read the file as UTF-8, so
 * umlauts survive.
 */
export const CSV_MIME = 'text/csv;charset=utf-8';
const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet; a quote-prefixed apostrophe stops it.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header row, then one record per row, with the BOM in front. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: CSV_MIME });
}
