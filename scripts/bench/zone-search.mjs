import path from 'node:path';
import { runnerImport } from 'vite';
import { FRAME_MS, installProbe, rowsShown, summarise, typeRounds } from './keystroke-paint.mjs';

export const title = 'Zone search: keystroke to the filtered 2 000-zone list painted (Chromium)';

const ZONES = 2_000;
const PRODUCT = '500777';
/** Narrowing ("shop", "shop.c") and widening (backspaces) on 2 000 zones. */
const KEYS = [
  's',
  'h',
  'o',
  'p',
  '.',
  'c',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
];
const ROUNDS = 5;
const API_PREFIX = '/bench-api';
const SCROLLER = '[data-testid="zone-scroller"]';

/** Read from the catalogue, so the bench does not keep a second list of paths. */
async function paths(root) {
  const { module } = await runnerImport(path.join(root, 'src/api/catalogue/index.ts'), {
    configFile: false,
    root,
    // The app's `@/` alias (build/src-alias.ts): the catalogue's modules import through it.
    resolve: { alias: { '@': path.join(root, 'src') } },
    logLevel: 'error',
  });
  const fill = (p) => p.replace('{productid}', PRODUCT);
  return { customers: module.endpoint('customer.list').path, zones: fill(module.endpoint('zone.list').path) };
}

function generateZones() {
  const words = ['alpen', 'berg', 'see', 'wald', 'stadt', 'shop', 'mail', 'cloud', 'dorf', 'tal'];
  const tlds = ['ch', 'com', 'de', 'eu', 'net', 'shop'];
  return Array.from({ length: ZONES }, (_, i) => ({
    id: `${words[i % words.length]}${i}-${words[(i * 7) % words.length]}.${tlds[i % tlds.length]}`,
    updated: '2018-03-03 03:03:03',
    valid: i % 17 === 0 ? 'no' : 'yes',
  }));
}

/**
 * The production build against a stubbed API listing 2 000 zones in one DNS product; each
 * keystroke in the zone search timed to the list painted, as in keystroke-paint.mjs.
 */
export async function run(ctx) {
  const api = await paths(ctx.root);
  const zones = JSON.stringify(generateZones());
  const url = await ctx.serveDist();
  const browser = await ctx.launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const base = `${url}${API_PREFIX}`;

  await page.route(`${base}/**`, (route) => {
    const request = route.request();
    const headers = {
      'Content-Type': 'application/json',
      'RateLimit-Limit': '3600',
      'RateLimit-Remaining': '3599',
    };
    const target = request.url();
    if (request.method() === 'GET' && target === `${base}${api.customers}`)
      return route.fulfill({ status: 200, headers, body: '[]' });
    if (request.method() === 'GET' && target === `${base}${api.zones}`)
      return route.fulfill({ status: 200, headers, body: zones });
    return route.fulfill({
      status: 404,
      headers,
      body: JSON.stringify({ code: 'not_found', message: 'Not in the bench' }),
    });
  });

  await page.goto(`${url}/connect`);
  await page.getByLabel('Base URL').fill(`${base}/v1`);
  await page.getByLabel('API key').fill('bench-key');
  // The stub's empty customer list cannot tell whom the key reaches: say it, as a user would.
  await page.getByRole('radio', { name: 'An operator: every customer' }).check();
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connect'));
  await page.goto(`${url}/dns/${PRODUCT}`);
  const search = page.getByRole('searchbox', { name: 'Search zones' });
  await search.waitFor();
  await page.getByRole('table', { name: 'DNS zones' }).waitFor();

  await page.evaluate(installProbe, SCROLLER);
  await typeRounds(page, search, KEYS, ROUNDS);
  const samples = await page.evaluate(() => window.__benchSamples);

  const section = `${samples.length} keystrokes on ${ZONES} zones`;
  const { rows, p50, p95 } = summarise(samples, { kind: 'keystroke', section });
  return [
    ...rows,
    rowsShown(samples, section),
    {
      goal: `zone search: keystroke to filtered list painted ≤ ${FRAME_MS} ms (median of ${samples.length})`,
      pass: p50 <= FRAME_MS && samples.length === KEYS.length * ROUNDS,
      detail: `median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    },
  ];
}
