#!/usr/bin/env node
// `npm run check`: every check, in order, stopping at the first failure. The last line is always
// `N passed, N failed` (vitest and Playwright tests together); the exit code is non-zero on any failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { requireChromium } from './lib/chromium.mjs';
import { countPlaywright, failedAttempts } from './lib/playwright-report.mjs';
import { makeTempDir, ROOT, removeDir } from './lib/vite-builds.mjs';

const tmp = await makeTempDir('check');
const vitestReport = path.join(tmp, 'vitest.json');
const playwrightReport = path.join(tmp, 'playwright.json');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const steps = [
  { title: 'Lint and format (biome check)', command: 'npm', args: ['run', 'lint'] },
  { title: 'Typecheck (tsc -b)', command: 'npm', args: ['run', 'typecheck'] },
  {
    title: 'First-load budget (production build: first load, connect screen scripts)',
    command: process.execPath,
    args: [path.join(ROOT, 'scripts', 'budget.mjs')],
  },
  {
    title: 'Unit and integration tests (vitest)',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    report: () => readJson(vitestReport),
    count: countVitest,
  },
  {
    title: 'End-to-end tests (Playwright, Chromium)',
    before: requireChromium,
    command: bin('playwright'),
    args: ['test'],
    // Never let Playwright fetch a browser of its own.
    env: { E2E_JSON_REPORT: playwrightReport, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    report: () => readJson(playwrightReport),
    count: countPlaywright,
    after: printFailedAttempts,
  },
];

const totals = { passed: 0, failed: 0 };
let failure = null;

for (const [index, step] of steps.entries()) {
  const label = `[${index + 1}/${steps.length}] ${step.title}`;
  console.log(`\n\u25b6 ${label}`);
  try {
    step.before?.();
  } catch (error) {
    failure = `${label}: ${error.message}`;
    break;
  }
  const started = Date.now();
  const code = await run(step.command, step.args, step.env);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // Read once: the count and what is printed after come from the same report.
  const report = step.report?.();
  const counts = step.count?.(report);
  step.after?.(report);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  if (code !== 0) {
    const detail = counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : '';
    const skipped = index < steps.length - 1 ? ' Later steps were not run.' : '';
    failure = `${label} failed with exit code ${code}${detail}.${skipped}`;
    break;
  }
  console.log(`\u2714 ${label} (${seconds} s)`);
}

await removeDir(tmp);
console.log('');
if (failure) console.error(`\u2716 ${failure}`);
else console.log('\u2714 All checks passed.');
// The summary line, alone and last: CI reads it.
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failure ? 1 : 0);

/** Runs a command with the output streamed; resolves to its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON reporter: a test file that fails to load counts as one failure. */
function countVitest(report) {
  if (!report) return null;
  const brokenFiles = (report.testResults ?? []).filter(
    (result) => result.status === 'failed' && (result.assertionResults ?? []).length === 0,
  ).length;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

/** Each failed attempt with the page as it was: CI's clone may be gone when someone looks. */
function printFailedAttempts(report) {
  for (const attempt of failedAttempts(report)) {
    const kind = attempt.flaky ? 'Flaky (passed on retry)' : 'Failed';
    console.log(`\n${kind}: ${attempt.title}\n${attempt.error.split('\n')[0]}`);
    console.log(
      attempt.snapshot ? `The page at that moment:\n${attempt.snapshot}` : 'No page snapshot was kept.',
    );
  }
}
