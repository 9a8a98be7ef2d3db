import path from 'node:path';
import { runnerImport } from 'vite';
import {
  FRAME_MS,
  installProbe,
  plainInputDetail,
  ratioRows,
  rowsShown,
  summarise,
  typeBaseline,
  typeRounds,
} from './keystroke-paint.mjs';

export const title = 'Customer search: keystroke to the filtered 10 000-row list painted (Chromium)';

const CUSTOMERS = 10_000;
/** Each keystroke narrows or widens the 10 000 rows; backspaces bring the full list back. */
const KEYS = [
  '9',
  '9',
  '9',
  'Backspace',
  'Backspace',
  'Backspace',
  'h',
  'o',
  'l',
  'Backspace',
  'Backspace',
  'Backspace',
];
const ROUNDS = 5;
/** The stubbed API, on the preview server's own origin (no CORS). */
const API_PREFIX = '/bench-api';
const SCROLLER = '[data-testid="customer-scroller"]';

/** Read from the catalogue, so the bench does not keep a second list of paths. */
async function customerListPath(root) {
  const { module } = await runnerImport(path.join(root, 'src/api/catalogue/index.ts'), {
    configFile: false,
    root,
    // The app's `@/` alias (build/src-alias.ts): the catalogue's modules import through it.
    resolve: { alias: { '@': path.join(root, 'src') } },
    logLevel: 'error',
  });
  return module.endpoint('customer.list').path;
}

function generateCustomers() {
  const forms = ['Holding AG', 'GmbH', 'Sàrl', 'SA', 'Treuhand', 'Informatik'];
  return Array.from({ length: CUSTOMERS }, (_, i) => ({
    name: String(20_000_000 + i),
    description: `Kunde ${i} ${forms[i % forms.length]}`,
    guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  }));
}

/**
 * The production build against a stubbed API (Playwright routes, no service worker) that lists
 * 10 000 customers; each keystroke timed to the list painted as in keystroke-paint.mjs.
 */
export async function run(ctx) {
  const listPath = customerListPath(ctx.root);
  const body = JSON.stringify(generateCustomers());
  const url = await ctx.serveDist();
  const browser = await ctx.launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const listUrl = `${url}${API_PREFIX}${await listPath}`;

  await page.route(`${url}${API_PREFIX}/**`, (route) => {
    const request = route.request();
    const headers = {
      'Content-Type': 'application/json',
      'RateLimit-Limit': '3600',
      'RateLimit-Remaining': '3599',
    };
    if (request.method() === 'GET' && request.url() === listUrl)
      return route.fulfill({ status: 200, headers, body });
    return route.fulfill({
      status: 404,
      headers,
      body: JSON.stringify({ code: 'not_found', message: 'Not in the bench' }),
    });
  });

  // Connect as a user would; the key is checked with GET /v1/customer.
  await page.goto(`${url}/connect`);
  await page.getByLabel('Base URL').fill(`${url}${API_PREFIX}/v1`);
  await page.getByLabel('API key').fill('bench-key');
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connect'));
  await page.goto(`${url}/customers`);
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.waitFor();
  await page.getByRole('table', { name: 'Customers' }).waitFor();

  await page.evaluate(installProbe, SCROLLER);
  await typeRounds(page, search, KEYS, ROUNDS);
  await typeBaseline(page, KEYS, ROUNDS);
  const all = await page.evaluate(() => window.__benchSamples);
  const samples = all.filter((s) => s.kind === 'filter');
  const baseline = all.filter((s) => s.kind === 'baseline');

  const section = `${samples.length} keystrokes on ${CUSTOMERS} customers`;
  const { rows, p50, p95 } = summarise(samples, { kind: 'keystroke', section });
  return [
    ...rows,
    ...ratioRows(samples, baseline, section),
    rowsShown(samples, section),
    {
      goal: `customer search: keystroke to filtered list painted ≤ ${FRAME_MS} ms at the p95 (of ${samples.length})`,
      pass: p95 <= FRAME_MS && samples.length === KEYS.length * ROUNDS,
      detail: `median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; ${plainInputDetail(baseline)}`,
    },
  ];
}
