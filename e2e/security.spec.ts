import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy, POSTER_ORIGIN } from '../scripts/vite/content-security-policy.ts';
import { DEMO_WORKER_FILE } from '../src/api/demo-gate';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '../src/mocks/demo-keys';
import { createSandboxServer } from '../src/sandbox/server';
import { expect, openDemo, test } from './fixtures';
import { PRODUCTION_OUT_DIR, type Served, serveProductionBuild } from './production-build';
import { SANDBOX_ORIGINS } from './sandbox';
import { type Listening, listenOnLoopback } from './stub-api';

// The production build as a user gets it, under its Content-Security-Policy (meta tag, and the
// README's header form sent by the server), connected to an API on another origin. Every page
// must load with no policy violation: each one is reported by a `securitypolicyviolation` event
// (collected here) and by a console error (which fails any test, see fixtures.ts).

const CUSTOMER = DEMO_CUSTOMER_NUMBER;
const DOCUMENTED_POSTER = 'https://image.tmdb.org/t/p/w342/kyeqWdyUXW608qlYkRqosgbbJyK.jpg';
const KEY = demoKey('operator').key;

let app: Served;
// The sandbox API (`npm run sandbox`: the demo's simulated API over HTTP), in memory, in this worker.
let api: Listening & { baseUrl: string };

test.beforeAll(async () => {
  const sandbox = listenOnLoopback(createSandboxServer({ statePath: null, latency: 0 }));
  [app, api] = await Promise.all([
    serveProductionBuild(),
    sandbox.then((server) => {
      // Its error answers are what the console shows, as for the shared sandbox (fixtures.ts).
      SANDBOX_ORIGINS.add(server.origin);
      return { ...server, baseUrl: `${server.origin}/v1` };
    }),
  ]);
});
test.afterAll(async () => {
  if (api) SANDBOX_ORIGINS.delete(api.origin);
  await Promise.all([app?.close(), api?.close()]);
});

/** Every CSP violation in any document the page loads, as "directive: blocked URI". */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void })
        .__reportCspViolation;
      report(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

/** Connects at /connect as a user would, with the real (not demo) flow of the production build. */
async function connect(page: Page, key = KEY) {
  await page.goto(`${app.origin}/connect`);
  await page.getByLabel('Base URL').fill(api.baseUrl);
  await page.getByLabel('API key', { exact: true }).fill(key);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).not.toHaveURL(/\/connect/);
}

async function expectPageShown(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

test('the production build leaves out the demo service worker', () => {
  expect(existsSync(path.join(PRODUCTION_OUT_DIR, 'index.html'))).toBe(true);
  expect(existsSync(path.join(PRODUCTION_OUT_DIR, DEMO_WORKER_FILE))).toBe(false);
  expect(existsSync(path.join(PRODUCTION_OUT_DIR, 'demo-poster.svg'))).toBe(false);
});

test.describe('the policy is in force', () => {
  // This test provokes violations on purpose.
  test.use({ consoleErrorAllowList: [/Content Security Policy/] });

  test('meta tag and header, and an inline script or a foreign image is refused', async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(`${app.origin}/connect`);
    await expectPageShown(page);
    expect(response?.headers()['content-security-policy']).toBe(
      contentSecurityPolicy({ demo: false, header: true }),
    );
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      contentSecurityPolicy({ demo: false, header: false }),
    );
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const img = document.createElement('img');
      img.src = 'https://elsewhere.example/pixel.png';
      document.body.append(img);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => violations.join('\n'))
      .toMatch(/script-src-elem: inline[\s\S]*img-src: https:\/\/elsewhere\.example/);
  });
});

test('/connect loads under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${app.origin}/connect`);
  await expectPageShown(page);
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeEnabled();
  expect(violations).toEqual([]);
});

test('an http:// API off this machine gets a warning that the key would travel unencrypted', async ({
  page,
}) => {
  await page.goto(`${app.origin}/connect`);
  const url = page.getByLabel('Base URL');
  await url.fill('http://api.example.test/v1');
  await expect(url).toHaveAccessibleDescription(/Not encrypted.*clear text to api\.example\.test/);
  await expect(page.getByText(/the browser will refuse to connect/)).toBeVisible();
  await url.fill(api.baseUrl);
  await expect(page.getByText(/Not encrypted/)).toHaveCount(0);
});

const PAGES = [
  '/',
  '/customers',
  `/customers/${CUSTOMER}`,
  '/customers/new',
  `/customers/${CUSTOMER}/edit`,
  '/customers/99999999',
  '/directory',
  `/directory/${CUSTOMER}/users`,
  `/directory/${CUSTOMER}/users/new`,
  `/directory/${CUSTOMER}/users/${CUSTOMER}_1`,
  `/directory/${CUSTOMER}/users/${CUSTOMER}_1/edit`,
  `/directory/${CUSTOMER}/groups`,
  `/directory/${CUSTOMER}/groups/new`,
  `/directory/${CUSTOMER}/groups/Entwicklung`,
  `/directory/${CUSTOMER}/suffixes`,
  '/explorer',
  '/explorer?endpoint=customer.create',
  '/no-such-page',
];

for (const target of PAGES) {
  test(`${target} loads under the policy`, async ({ page }) => {
    const violations = await watchViolations(page);
    await connect(page);
    await page.goto(`${app.origin}${target}`);
    await expectPageShown(page);
    expect(violations).toEqual([]);
  });
}

test('a toast and the request log show under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await connect(page);
  await page.goto(`${app.origin}/customers/${CUSTOMER}/edit`);
  await expectPageShown(page);
  await page.getByRole('textbox', { name: 'City (optional)', exact: true }).fill('Chur');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.locator('[data-sonner-toast]').filter({ hasText: `Customer ${CUSTOMER} saved` }),
  ).toBeVisible();
  // sonner's stylesheet applied: a toast is positioned by it, not left in the page flow.
  await expect(page.locator('[data-sonner-toaster]')).toHaveCSS('position', 'fixed');

  await page.getByRole('button', { name: 'Request log' }).first().click();
  await expect(page.getByRole('heading', { name: 'Request log' })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a movie poster from the real API's image host shows under the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  // No outside traffic in tests: the poster host's answer comes from here, after the policy allowed it.
  await page.route(`${POSTER_ORIGIN}/**`, (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="342" height="513"><rect width="342" height="513"/></svg>',
    }),
  );
  // The real API answers with a TMDB URL (docs example); the sandbox with its own demo poster.
  await page.route(`${api.origin}/v1/tools/media/movie/poster/**`, async (route) => {
    const response = await route.fetch();
    const body = response.ok() ? JSON.stringify(DOCUMENTED_POSTER) : undefined;
    await route.fulfill({ response, body });
  });
  await connect(page);
  await page.goto(`${app.origin}/explorer?endpoint=movie.poster`);
  await page.getByRole('textbox', { name: /name/ }).fill('Avatar');
  await page.getByRole('button', { name: 'Send request' }).click();
  const poster = page.getByRole('img', { name: /What the response points to: https:\/\/image\.tmdb\.org\// });
  await expect(poster).toBeVisible();
  await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test.describe('leaving the demo for a real API', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  const demoWorkers = (page: Page) =>
    page.evaluate(
      async (file) =>
        (await navigator.serviceWorker.getRegistrations())
          .map((r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL ?? '')
          .filter((url) => url.endsWith(`/${file}`)),
      DEMO_WORKER_FILE,
    );

  test('unregisters the demo worker, and the key never shows in a URL, the console or a copied curl', async ({
    page,
  }) => {
    const consoleLines: string[] = [];
    const requestUrls: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    page.on('request', (request) => requestUrls.push(request.url()));

    // The demo build, with its service worker.
    await openDemo(page, 'operator');
    await expect.poll(() => demoWorkers(page)).toHaveLength(1);

    // The same tab connects to an API on another origin.
    await page.goto('/connect');
    await page.getByLabel('Base URL').fill(api.baseUrl);
    await page.getByLabel('API key', { exact: true }).fill(KEY);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page).not.toHaveURL(/\/connect/);
    await expect.poll(() => demoWorkers(page)).toEqual([]);

    // After a reload no worker sits between the page and the API, and the data comes from the API.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
    const listCalls = api.seen.filter((s) => s.method === 'GET' && s.url === '/v1/customer');
    expect(listCalls.length).toBeGreaterThan(0);
    expect(listCalls.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);

    // The request log's copy as curl names a variable, not the key.
    await page.getByRole('button', { name: 'Request log' }).first().click();
    const log = page.getByRole('dialog', { name: /Request log/ });
    await log
      .getByRole('button', { name: /GET \/v1\/customer/ })
      .first()
      .click();
    await log.getByRole('button', { name: 'Copy as curl' }).click();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toContain(`${api.origin}/v1/customer`);
    expect(curl).toContain('$API_KEY');
    expect(curl).not.toContain(KEY);
    await expect(log).not.toContainText(KEY);

    expect(page.url()).not.toContain(KEY);
    expect(requestUrls.filter((url) => url.includes(KEY))).toEqual([]);
    expect(consoleLines.filter((line) => line.includes(KEY))).toEqual([]);
  });
});
