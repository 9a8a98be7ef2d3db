#!/usr/bin/env node
// The first-load budget, cheap enough for every `npm run check`: a production build and a look at
// its manifest and index.html (no browser). Fails when the first load grows over 110 KiB gzip or
// the connect screen needs more than 6 scripts before it paints. `npm run bench` measures the
// same in a browser (slow 4G, Lighthouse).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { goalLine } from './bench/report.mjs';
import { budgetGoals } from './lib/budget.mjs';
import { makeTempDir, removeDir, viteBuild } from './lib/vite-builds.mjs';

const tmp = await makeTempDir('budget');
let failed = true;
try {
  const distDir = path.join(tmp, 'dist');
  await viteBuild({ outDir: distDir, mode: 'production', manifest: true });
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const goals = budgetGoals({ distDir, manifest, log: (m) => console.error(m) });
  for (const goal of goals) console.log(`  ${goalLine(goal)}`);
  failed = goals.some((goal) => !goal.pass);
  if (failed) console.log('  See DEVELOPERS.md "The first load" for what keeps a page light.');
} finally {
  await removeDir(tmp);
}
process.exit(failed ? 1 : 0);
