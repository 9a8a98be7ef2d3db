import { expect, test } from './fixtures';
import { type Listening, startStubApi } from './stub-api';

/**
 * A real API on another origin (a plain HTTP server on loopback), as an operator would point the
 * console at one: the console must send the chosen key header on every call, call the documented
 * paths, and read the rate limit because this server exposes the headers through CORS.
 */
let api: Listening;
const KEY = 'live-key-7f3a9c';

const CUSTOMERS = [
  { name: '00000001', description: 'Example Inc.', guid: 'bf06f912-62c0-41cd-9d2c-d2980a85f0e4' },
  { name: '00000005', description: 'Muster AG', guid: '0b4f4f2e-7c6c-4a59-9a43-1f3c1f0b5d11' },
];

test.beforeAll(async () => {
  api = await startStubApi(
    (req, res) => {
      const authorised = req.headers['4b42-key'] === KEY;
      res.setHeader('RateLimit-Limit', '3600');
      res.setHeader('RateLimit-Remaining', String(3000 - api.seen.length));
      res.setHeader('RateLimit-Reset', String(Math.floor(Date.now() / 1000) + 600));
      res.setHeader('Content-Type', 'application/json');
      if (!authorised) {
        res.writeHead(401).end(JSON.stringify({ error: 'INVALID_APIKEY', message: 'Wrong key' }));
      } else if (req.method === 'GET' && req.url === '/v1/customer') {
        res.writeHead(200).end(JSON.stringify(CUSTOMERS));
      } else {
        res.writeHead(404).end(JSON.stringify({ code: 'not_found', message: 'Nothing here' }));
      }
    },
    { exposeRateLimit: true },
  );
});

test.afterAll(() => api.close());

test('a real API on another origin gets the chosen key header on every call and feeds the banner', async ({
  page,
}) => {
  await page.goto('/connect');
  await page.getByLabel('Base URL').fill(`${api.origin}/v1`);
  await page.getByLabel('API key', { exact: true }).fill(KEY);
  await page.getByRole('radio', { name: /4b42-KEY/ }).check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).not.toHaveURL(/\/connect/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('cell', { name: 'Muster AG' })).toBeVisible();
  await expect(page.getByText(/^Rate limit: \d+ \/ 3600/)).toBeVisible();
  // The key check read the list already: the page shows it without asking again.
  expect(api.seen.filter((s) => s.method === 'GET')).toHaveLength(1);

  // A reload within the freshness window paints from this tab's cache: no request is spent again.
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Muster AG' })).toBeVisible();

  const calls = api.seen.filter((s) => s.method !== 'OPTIONS');
  expect(calls).toHaveLength(1);
  for (const call of calls) {
    expect(call.headers['4b42-key'], call.url).toBe(KEY);
    expect(call.headers.authorization, call.url).toBeUndefined();
    expect(call.url).toBe('/v1/customer');
  }
  // The key never travels in a URL.
  expect(page.url()).not.toContain(KEY);
});
