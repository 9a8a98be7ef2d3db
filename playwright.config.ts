import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { PRODUCTION_OUT_DIR } from './e2e/production-build.ts';
import { SANDBOX_ORIGIN, SANDBOX_PORT } from './e2e/sandbox';

// End-to-end tests run against the demo build (the simulated API in msw's service worker) in
// Debian's Chromium. Playwright's own browser download does not work on these machines: never
// run `npx playwright install`; install `chromium` with apt or point CHROMIUM_PATH at one.
// E2E_PORT and E2E_OUT_DIR let two runs on one machine keep out of each other's way.
const PORT = Number(process.env.E2E_PORT ?? 5391);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist-demo';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const isCI = process.env.CI === 'true' || process.env.CI === '1';

/** scripts/check.mjs reads this file to count passed and failed tests. */
const JSON_REPORT = process.env.E2E_JSON_REPORT ?? 'playwright-report/results.json';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS_DIR ?? 'test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two workers on a 2-core machine: a test spends most of its time waiting on one Chromium
  // renderer, so two keep both cores busy (one worker leaves a core idle and doubles the run);
  // more would queue renderers behind each other. E2E_WORKERS overrides (e.g. 1 on a shared box).
  workers: Number(process.env.E2E_WORKERS) || Math.min(2, availableParallelism()),
  // Room for a slow, loaded machine: a test is one page or one flow, which takes a few seconds on
  // an idle laptop; the limits are for when every core is busy. Long flows use test.slow().
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: JSON_REPORT }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
    trace: 'on-first-retry',
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-gpu',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      // Always a fresh demo build on our own port: a server left over from another run, or another
      // app on a common port, must never answer these tests. The production build is made too:
      // e2e/security.spec.ts serves it itself (e2e/production-build.ts) to test what users get.
      command:
        `vite build --outDir ${PRODUCTION_OUT_DIR} --emptyOutDir && ` +
        `vite build --mode demo --outDir ${OUT_DIR} --emptyOutDir && ` +
        `vite preview --mode demo --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The sandbox API server (npm run sandbox), another origin: e2e/portal-sandbox.spec.ts.
      command: `vite build --config vite.sandbox.config.ts && node dist-sandbox/sandbox.mjs --port ${SANDBOX_PORT}`,
      url: `${SANDBOX_ORIGIN}/openapi.json`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
