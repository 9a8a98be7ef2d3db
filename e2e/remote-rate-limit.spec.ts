import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * A real API on another origin that sends RateLimit headers but does not list them in
 * `Access-Control-Expose-Headers`: the browser hides them from the console. The console must then
 * say it does not know the budget, rather than invent one, and still work. (The exposed case:
 * remote-api.spec.ts.)
 */
const KEY = 'live-key-unexposed';
let server: Server;
let origin: string;
let calls = 0;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, 4b42-KEY, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    calls++;
    res.setHeader('RateLimit-Limit', '3600');
    res.setHeader('RateLimit-Remaining', '12');
    res.setHeader('RateLimit-Reset', String(Math.floor(Date.now() / 1000) + 600));
    res.setHeader('Content-Type', 'application/json');
    if (req.headers.authorization === `Bearer ${KEY}` && req.url === '/v1/customer') {
      res.writeHead(200).end(JSON.stringify([{ name: '00000007', description: 'Verborgen AG' }]));
    } else {
      res.writeHead(404).end(JSON.stringify({ code: 'not_found', message: 'Nothing here' }));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server.close();
});

test('RateLimit headers another origin does not expose: the banner says unknown and the console works', async ({
  page,
}) => {
  await page.goto('/connect');
  await page.getByLabel('Base URL').fill(`${origin}/v1`);
  await page.getByLabel('API key', { exact: true }).fill(KEY);
  await page.getByRole('radio', { name: /Bearer/ }).check();
  // This stub answers no probe of a customer's own record: say whom the key is for.
  await page.getByRole('radio', { name: 'An operator: every customer' }).check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).not.toHaveURL(/\/connect/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('cell', { name: 'Verborgen AG' })).toBeVisible();
  expect(calls).toBeGreaterThan(0);
  // Remaining 12 was sent but hidden by CORS: no "low" warning, no pause, no made-up number.
  await expect(page.getByText('Rate limit: unknown until the first response')).toBeVisible();
  await expect(page.getByText(/background refresh paused/)).toHaveCount(0);
});
