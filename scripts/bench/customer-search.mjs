import path from 'node:path';
import { runnerImport } from 'vite';

export const title = 'Customer search: keystroke to the filtered 10 000-row list painted (Chromium)';

/** One frame at 60 Hz. */
export const FRAME_MS = 16;
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
/** Slower than typing, so every keystroke is measured on its own (the URL catches up in between). */
const PAUSE_MS = 400;
/** The stubbed API, on the preview server's own origin (no CORS). */
const API_PREFIX = '/bench-api';

/** Read from the catalogue, so the bench does not keep a second list of paths. */
async function customerListPath(root) {
  const { module } = await runnerImport(path.join(root, 'src/api/catalogue/index.ts'), {
    configFile: false,
    root,
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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The production build against a stubbed API (Playwright routes, no service worker) that lists
 * 10 000 customers. In the page, each keydown's timestamp is taken in the capture phase; the
 * list is painted when a task posted from the next animation frame runs (rAF runs before that
 * frame's paint). Also reported: keystroke to the DOM updated (the work, without waiting for the
 * frame).
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

  await page.evaluate(() => {
    const input = document.querySelector('input[type="search"]');
    const table = () => document.querySelector('table[aria-rowcount]');
    window.__benchSamples = [];
    input.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        let updatedAt = null;
        // The DOM as soon as the list reflects the new text (React renders input events synchronously).
        const observer = new MutationObserver(() => {
          updatedAt ??= performance.now();
        });
        observer.observe(table()?.parentElement ?? document.body, {
          childList: true,
          subtree: true,
          attributes: true,
        });
        requestAnimationFrame(() => {
          setTimeout(() => {
            observer.disconnect();
            window.__benchSamples.push({
              paintedMs: performance.now() - start,
              updatedMs: updatedAt === null ? null : updatedAt - start,
              rows: Number(table()?.getAttribute('aria-rowcount') ?? 1) - 1,
              query: input.value,
            });
          }, 0);
        });
      },
      { capture: true },
    );
  });

  await search.focus();
  // One unmeasured round first: the browser's and the app's code paths warm up.
  for (let round = 0; round <= ROUNDS; round++) {
    if (round === 1) await page.evaluate(() => window.__benchSamples.splice(0));
    for (const key of KEYS) {
      await page.keyboard.press(key);
      await page.waitForTimeout(PAUSE_MS);
    }
  }
  const samples = await page.evaluate(() => window.__benchSamples);

  const painted = samples.map((s) => s.paintedMs);
  const updated = samples.map((s) => s.updatedMs).filter((v) => v !== null);
  const rowCounts = [...new Set(samples.map((s) => s.rows))].sort((a, b) => b - a);
  const p50 = median(painted);
  const p95 = percentile(painted, 95);
  return [
    {
      section: `${samples.length} keystrokes on ${CUSTOMERS} customers`,
      name: 'keystroke → painted',
      'median ms': p50,
      'p95 ms': p95,
      'max ms': Math.max(...painted),
    },
    {
      section: `${samples.length} keystrokes on ${CUSTOMERS} customers`,
      name: 'keystroke → DOM updated',
      'median ms': median(updated),
      'p95 ms': percentile(updated, 95),
      'max ms': Math.max(...updated),
    },
    {
      section: `${samples.length} keystrokes on ${CUSTOMERS} customers`,
      name: `rows shown: ${rowCounts.join(', ')}`,
    },
    {
      goal: `customer search: keystroke to filtered list painted ≤ ${FRAME_MS} ms (median of ${samples.length})`,
      pass: p50 <= FRAME_MS && samples.length === KEYS.length * ROUNDS,
      detail: `median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    },
  ];
}
