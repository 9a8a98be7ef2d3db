import { connectToApi, expect, test } from './fixtures';
import { calls, type Listening, startStubApi } from './stub-api';

/**
 * The zone pages against a real HTTP server on another origin answering with the documentation's
 * example bodies verbatim: numbers as strings, `"0"` for false, dates as "2018-03-03 03:03:03".
 */
const KEY = 'live-key-dns-51c0';
const ZONE_LIST = `[
    {
        "id": "4b42.com",
        "updated": "2018-03-03 03:03:03",
        "valid": "yes"
    },
    {
        "id": "4b42.local",
        "updated": "2018-03-03 03:03:03",
        "valid": "yes"
    }
]`;
const ZONE = `{
    "id": "4b42.com",
    "created": "2018-03-03 03:03:03",
    "dnssec": "0",
    "expire": "3600000",
    "hostmaster": "hostmaster.4b42.com",
    "refresh": "86400",
    "retry": "7200",
    "serial": "2018030301",
    "ttl": "172800",
    "updated": "2018-03-03 03:03:03",
    "valid": "yes"
}`;

let api: Listening;

test.beforeAll(async () => {
  api = await startStubApi(
    (req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.headers['4b42-key'] !== KEY) {
        res.writeHead(401).end('{"error": "INVALID_APIKEY", "message": "Wrong key"}');
      } else if (req.url === '/v1/customer') {
        res.writeHead(200).end('[]');
      } else if (req.url === '/v1/manage/bind/77/zone') {
        res.writeHead(200).end(ZONE_LIST);
      } else if (req.url === '/v1/manage/bind/77/zone/4b42.com') {
        res.writeHead(200).end(ZONE);
      } else {
        res.writeHead(404).end('{"code": "not_found", "message": "Nothing here"}');
      }
    },
    { exposeRateLimit: false },
  );
});

test.afterAll(() => api.close());

test('zone pages read the documented example bodies from a real API on another origin', async ({
  page,
  axe,
}) => {
  // The stub's customer list cannot tell whom the key reaches: say it, as the connect form asks.
  await connectToApi(page, { baseUrl: `${api.origin}/v1`, key: KEY, header: /4b42-KEY/, operator: true });

  await page.goto('/dns');
  await page.getByRole('textbox', { name: 'DNS product id' }).fill('77');
  await page.getByRole('button', { name: 'Open zones' }).click();
  const table = page.getByRole('table', { name: 'DNS zones' });
  await expect(table.getByRole('link', { name: '4b42.local' })).toBeVisible();
  // The docs' plain date is UTC; the console shows it in local time (Zurich in these tests).
  await expect(
    table.getByRole('cell', { name: '3 Mar 2018, 04:03:03 (2018-03-03 03:03:03 UTC)' }).first(),
  ).toBeVisible();
  await table.getByRole('link', { name: '4b42.com' }).click();

  const soa = page.getByRole('region', { name: 'SOA record' });
  await expect(soa.getByText('2 days', { exact: true })).toBeVisible();
  await expect(soa.getByText('1 day', { exact: true })).toBeVisible();
  await expect(soa.getByText('changed on 2018-03-03, change 01 of that day')).toBeVisible();
  await expect(soa.getByText('Off: answers are unsigned')).toBeVisible();
  await expect(soa.getByText('hostmaster@4b42.com')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'TTL', exact: true })).toHaveValue('172800');
  expect(await axe()).toEqual([]);
  expect(calls(api.seen)).toContain('GET /v1/manage/bind/77/zone/4b42.com');
});
