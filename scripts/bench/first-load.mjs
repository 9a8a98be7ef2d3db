import path from 'node:path';
import { budgetGoals } from '../lib/budget.mjs';
import { allChunks, firstLoadFiles, KiB, kindOf, sizes } from './files.mjs';

export const title = 'Bundle sizes (production build)';

const kib = (bytes) => Math.round((bytes / KiB) * 10) / 10;

export async function run(ctx) {
  const eager = firstLoadFiles(ctx);
  const eagerSet = new Set(eager);
  const rows = [];
  const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };

  for (const file of eager) {
    const size = sizes(path.join(ctx.distDir, file));
    const kind = kindOf(file);
    totals[kind].raw += size.raw;
    totals[kind].gzip += size.gzip;
    rows.push(row('first load', file, kind, size));
  }
  for (const kind of ['js', 'css']) {
    rows.push(row('first load', `total ${kind.toUpperCase()}`, kind, totals[kind]));
  }

  const lazy = allChunks(ctx).filter((file) => !eagerSet.has(file));
  const lazyTotal = { raw: 0, gzip: 0 };
  for (const file of lazy) {
    const size = sizes(path.join(ctx.distDir, file));
    lazyTotal.raw += size.raw;
    lazyTotal.gzip += size.gzip;
    rows.push(row('other chunks (lazy)', file, kindOf(file), size));
  }
  rows.push(row('other chunks (lazy)', `total (${lazy.length} files)`, '', lazyTotal));

  // The same checks `npm run check` makes (scripts/lib/budget.mjs).
  rows.push(...budgetGoals(ctx));
  return rows;
}

function row(section, name, kind, size) {
  return { section, name, kind, 'raw KiB': kib(size.raw), 'gzip KiB': kib(size.gzip) };
}
