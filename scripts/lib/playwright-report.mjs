// Reads Playwright's JSON report for `npm run check`: the counts CI prints, and what the page showed
// when a test failed, so that a flaky test's first attempt can be understood from the log alone.
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** Flaky tests passed on retry; a global error (e.g. a spec that fails to load) counts as one failure. */
export function countPlaywright(report) {
  if (!report?.stats) return null;
  const { expected = 0, flaky = 0, unexpected = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected + (report.errors ?? []).length };
}

const SNAPSHOT_LINES = 150;

/**
 * Every failed attempt, of a test that failed or passed only on retry: where it is, its error and
 * the page's accessibility snapshot at the failure. A passing retry's trace says nothing about the
 * failure, and CI's clone is gone by the time anyone looks.
 */
export function failedAttempts(report) {
  const attempts = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'flaky' && test.status !== 'unexpected') continue;
        for (const result of test.results ?? []) {
          if (result.status === 'passed' || result.status === 'skipped') continue;
          const context = result.attachments?.find((a) => a.name === 'error-context')?.path;
          attempts.push({
            title: `${spec.file}:${spec.line} › ${spec.title}`,
            flaky: test.status === 'flaky',
            error: stripVTControlCharacters(result.errors?.[0]?.message ?? result.status).trim(),
            snapshot: context && existsSync(context) ? pageSnapshot(readFileSync(context, 'utf8')) : null,
          });
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report?.suites ?? []) visit(suite);
  return attempts;
}

/** The page snapshot (a YAML block) from Playwright's error-context.md, cut to a readable length. */
export function pageSnapshot(markdown) {
  const block = markdown.match(/```yaml\n([\s\S]*?)\n```/)?.[1];
  if (!block) return null;
  const lines = block.split('\n');
  return lines.length <= SNAPSHOT_LINES
    ? block
    : [...lines.slice(0, SNAPSHOT_LINES), `… ${lines.length - SNAPSHOT_LINES} more lines`].join('\n');
}
