import { connectToApi, expect, test } from './fixtures';
import { calls, type Listening, startStubApi } from './stub-api';

/**
 * A real API on another origin that sends RateLimit headers but does not list them in
 * `Access-Control-Expose-Headers`: the browser hides them from the console. The console must then
 * say it does not know the budget, rather than invent one, and still work. (The exposed case:
 * remote-api.spec.ts.)
 */
const KEY = 'live-key-unexposed';
let api: Listening;

test.beforeAll(async () => {
  api = await startStubApi(
    (req, res) => {
      res.setHeader('RateLimit-Limit', '3600');
      res.setHeader('RateLimit-Remaining', '12');
      res.setHeader('RateLimit-Reset', String(Math.floor(Date.now() / 1000) + 600));
      res.setHeader('Content-Type', 'application/json');
      if (req.headers.authorization === `Bearer ${KEY}` && req.url === '/v1/customer') {
        res.writeHead(200).end(JSON.stringify([{ name: '00000007', description: 'Verborgen AG' }]));
      } else {
        res.writeHead(404).end(JSON.stringify({ code: 'not_found', message: 'Nothing here' }));
      }
    },
    { exposeRateLimit: false },
  );
});

test.afterAll(() => api.close());

test('RateLimit headers another origin does not expose: the banner says unknown and the console works', async ({
  page,
}) => {
  // The stub's customer list cannot tell whom the key reaches: say it, as the connect form asks.
  await connectToApi(page, { baseUrl: `${api.origin}/v1`, key: KEY, header: /Bearer/, operator: true });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('cell', { name: 'Verborgen AG' })).toBeVisible();
  expect(calls(api.seen).length).toBeGreaterThan(0);
  // Remaining 12 was sent but hidden by CORS: no "low" warning, no pause, no made-up number.
  await expect(page.getByText('Rate limit: not measured yet')).toBeVisible();
  await expect(page.getByText(/background refresh paused/)).toHaveCount(0);
});
