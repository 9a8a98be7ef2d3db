/**
 * A minimal, valid PDF 1.4 (one A4 page, Helvetica, correct xref offsets) with lines of text.
 * Enough for the abuse report: a real file that opens in any viewer, built without a library.
 */

// The built-in fonts speak WinAnsi: keep Latin-1, replace the rest, escape PDF string syntax.
function pdfText(line: string): string {
  const latin1 = [...line.normalize('NFC')]
    .map((ch) => (ch === '’' ? "'" : ch.charCodeAt(0) <= 0xff ? ch : '?'))
    .join('');
  return latin1.replace(/[\\()]/g, (ch) => `\\${ch}`);
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

export function buildPdf(title: string, lines: readonly string[]): Uint8Array {
  const content = [
    'BT',
    '/F1 16 Tf',
    '56 780 Td',
    `(${pdfText(title)}) Tj`,
    '/F1 10 Tf',
    '0 -28 Td',
    ...lines.slice(0, 60).flatMap((line) => [`(${pdfText(line)}) Tj`, '0 -14 Td']),
    'ET',
  ].join('\n');
  const contentBytes = latin1Bytes(content);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  offsets.push(pdf.length);
  pdf += `5 0 obj\n<< /Length ${contentBytes.length} >>\nstream\n${content}\nendstream\nendobj\n`;
  const xrefAt = pdf.length;
  pdf += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  // Every character above is a single byte (Latin-1), so string offsets are byte offsets.
  return latin1Bytes(pdf);
}
