#!/usr/bin/env node
// `npm run bench`: builds the production bundle into a temporary directory, runs every measurement
// listed in scripts/bench/index.mjs, prints a table and goal lines, writes bench-results/bench.json.
// Exits 1 when a goal fails. BENCH_ONLY=word,word runs only the measurements whose title holds one of
// the words (case-insensitive), e.g. `BENCH_ONLY=lighthouse npm run bench`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from './bench/context.mjs';
import { measurements } from './bench/index.mjs';
import { goalLine, printMeasurement } from './bench/report.mjs';
import { ROOT } from './lib/vite-builds.mjs';

const only = (process.env.BENCH_ONLY ?? '').toLowerCase().split(',').filter(Boolean);
const chosen = measurements.filter(
  (m) => only.length === 0 || only.some((w) => m.title.toLowerCase().includes(w)),
);
const ctx = await createContext();
const results = [];
try {
  for (const measurement of chosen) {
    ctx.log(`Measuring: ${measurement.title}…`);
    const rows = await measurement.run(ctx).finally(() => ctx.endMeasurement());
    results.push({ title: measurement.title, rows });
    printMeasurement(measurement.title, rows);
  }
} finally {
  await ctx.dispose();
}

const goals = results.flatMap((r) => r.rows.filter((row) => 'goal' in row));
const outFile = path.join(ROOT, 'bench-results', 'bench.json');
await mkdir(path.dirname(outFile), { recursive: true });
await writeFile(
  outFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, measurements: results, goals }, null, 2)}\n`,
);

console.log('\nGoals');
for (const goal of goals) console.log(`  ${goalLine(goal)}`);
console.log(`\nJSON: ${path.relative(process.cwd(), outFile) || outFile}`);
process.exit(goals.every((goal) => goal.pass) ? 0 : 1);
