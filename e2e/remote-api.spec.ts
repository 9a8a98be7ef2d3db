import { connectToApi, expect, test } from './fixtures';
import { type Listening, startStubApi } from './stub-api';

/**
 * A real API on another origin (a plain HTTP server on loopback), as an operator would point the
 * console at one: the console must send the chosen key header on every call, call the documented
 * paths, and read the rate limit because this server exposes the headers through CORS.
 */
let api: Listening;
const KEY = 'live-key-7f3a9c';
/** Answers the held customer's details when called (a slow API, for as long as a test needs). */
let releaseHeld: (() => void) | null = null;
const HELD = '/v1/customer/00000005';

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
      } else if (req.method === 'GET' && req.url === HELD) {
        releaseHeld = () => res.writeHead(200).end(JSON.stringify({ ...CUSTOMERS[1], city: 'Bern' }));
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
  await connectToApi(page, { baseUrl: `${api.origin}/v1`, key: KEY, header: /4b42-KEY/ });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('cell', { name: 'Muster AG' })).toBeVisible();
  await expect(page.getByText(/^Rate limit: [\d,]+ \/ 3,600/)).toBeVisible();
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

test('a page opened from its link while the API is slow shows the console and says it is loading', async ({
  page,
}) => {
  await connectToApi(page, { baseUrl: `${api.origin}/v1`, key: KEY, header: /4b42-KEY/ });

  // A full page load (a link opened in this tab): the first page waits for its data, held here.
  await page.goto('/customers/00000005');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Loading the customer…');
  await expect.poll(() => releaseHeld).not.toBeNull();
  releaseHeld?.();
  await expect(page.getByRole('heading', { level: 1, name: 'Muster AG' })).toBeVisible();
  await expect(page.getByText('Bern', { exact: true })).toBeVisible();
});
