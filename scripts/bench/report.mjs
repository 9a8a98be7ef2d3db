/** Prints a measurement's rows as a table per section, then its goal lines. */
export function printMeasurement(title, rows) {
  const lines = [`\n${title}`, '='.repeat(title.length)];
  const bySection = new Map();
  for (const row of rows.filter((r) => !('goal' in r))) {
    const section = row.section ?? '';
    if (!bySection.has(section)) bySection.set(section, []);
    bySection.get(section).push(row);
  }
  for (const [section, sectionRows] of bySection) {
    if (section) lines.push('', section);
    const columns = ['name', ...new Set(sectionRows.flatMap((r) => Object.keys(r)))].filter(
      (key, i, all) => key !== 'section' && all.indexOf(key) === i,
    );
    const cells = sectionRows.map((r) => columns.map((c) => format(r[c])));
    const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((line) => line[i].length)));
    const numeric = columns.map((c) =>
      sectionRows.every((r) => r[c] === undefined || typeof r[c] === 'number'),
    );
    const render = (values) =>
      `  ${values.map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ')}`.trimEnd();
    lines.push(render(columns), render(widths.map((w) => '-'.repeat(w))), ...cells.map(render));
  }
  for (const goal of rows.filter((r) => 'goal' in r)) lines.push('', goalLine(goal));
  console.log(lines.join('\n'));
}

export function goalLine(goal) {
  return `${goal.goal}: ${goal.pass ? 'PASS' : 'FAIL'}${goal.detail ? ` (${goal.detail})` : ''}`;
}

function format(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value.toFixed(1);
  return String(value);
}
