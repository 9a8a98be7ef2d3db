import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaywright, failedAttempts, pageSnapshot } from './playwright-report.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'pw-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** error-context.md as Playwright writes it: the error, then the page's snapshot, then the source. */
function errorContext(snapshot: string): string {
  const file = path.join(dir, `context-${Math.random()}.md`);
  const fence = '```';
  writeFileSync(
    file,
    `# Error details\n\n${fence}\nTimeoutError\n${fence}\n\n${fence}yaml\n${snapshot}\n${fence}\n\n# Test source\n\n${fence}ts\nconst a = 1;\n${fence}\n`,
  );
  return file;
}

const failedRun = (contextPath: string) => ({
  status: 'timedOut',
  errors: [{ message: '\u001b[31mTimeoutError\u001b[39m: locator.fill: Timeout 20000ms exceeded.' }],
  attachments: [{ name: 'error-context', path: contextPath }],
});
const passedRun = { status: 'passed', attachments: [{ name: 'trace', path: '/x/trace.zip' }] };

/** A report with a steady test at the top and `test` one suite down, as Playwright nests files. */
const report = (test: { status: string; results: unknown[] }) => ({
  stats: { expected: 1, flaky: 1, unexpected: 0 },
  suites: [
    {
      specs: [
        {
          file: 'a.spec.ts',
          line: 3,
          title: 'steady',
          tests: [{ status: 'expected', results: [passedRun] }],
        },
      ],
      suites: [
        { specs: [{ file: 'customers.spec.ts', line: 64, title: 'creates a customer', tests: [test] }] },
      ],
    },
  ],
});

describe('the check’s reading of the Playwright report', () => {
  it('counts a flaky test as passed and a load error as failed', () => {
    const counts = countPlaywright({ stats: { expected: 5, flaky: 2, unexpected: 1 }, errors: [{}] });
    expect(counts).toEqual({ passed: 7, failed: 2 });
    expect(countPlaywright({})).toBeNull();
  });

  it('gives a flaky test’s failed attempt: its error without colour codes, and the page it showed', () => {
    const context = errorContext('- main:\n  - dialog "Demo controls"');
    const attempts = failedAttempts(report({ status: 'flaky', results: [failedRun(context), passedRun] }));
    expect(attempts).toEqual([
      {
        title: 'customers.spec.ts:64 › creates a customer',
        flaky: true,
        error: 'TimeoutError: locator.fill: Timeout 20000ms exceeded.',
        snapshot: '- main:\n  - dialog "Demo controls"',
      },
    ]);
  });

  it('gives both attempts of a failed test', () => {
    const run = failedRun(errorContext('- main'));
    const attempts = failedAttempts(report({ status: 'unexpected', results: [run, run] }));
    expect(attempts.map((a) => [a.title, a.flaky])).toEqual([
      ['customers.spec.ts:64 › creates a customer', false],
      ['customers.spec.ts:64 › creates a customer', false],
    ]);
  });

  it('still names the attempt when its error context is gone', () => {
    const missing = failedRun(path.join(dir, 'missing.md'));
    const [attempt] = failedAttempts(report({ status: 'flaky', results: [missing, passedRun] }));
    expect(attempt?.title).toBe('customers.spec.ts:64 › creates a customer');
    expect(attempt?.snapshot).toBeNull();
  });

  it('cuts a long snapshot and says how much it left out', () => {
    const long = Array.from({ length: 400 }, (_, i) => `- row ${i}`).join('\n');
    const lines = (pageSnapshot(`\`\`\`yaml\n${long}\n\`\`\``) ?? '').split('\n');
    expect(lines).toHaveLength(151);
    expect(lines.at(-1)).toBe('… 250 more lines');
  });
});
