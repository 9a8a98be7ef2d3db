import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './fixtures';

// A reload costs no request for data fetched moments before: the tab keeps its query cache
// (sessionStorage), and the page paints from it.

/** Every call the page makes to the simulated API, as the browser sends it. */
function countApiRequests(page: Page): { count: () => number; urls: string[] } {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/demo-api/'))
      urls.push(`${request.method()} ${request.url()}`);
  });
  return { count: () => urls.length, urls };
}

test('a reload within the freshness window spends no request and paints from the cache', async ({ page }) => {
  const requests = countApiRequests(page);
  await openDemo(page);
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click();
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row').nth(1)).toBeVisible({ timeout: 20_000 });
  const firstRow = (await table.getByRole('row').nth(1).textContent()) ?? '';
  expect(requests.count()).toBeGreaterThan(0);

  const before = requests.count();
  await page.reload();
  await expect(table.getByRole('row').nth(1)).toHaveText(firstRow, { timeout: 20_000 });
  expect(requests.urls.slice(before)).toEqual([]);

  // Signing out removes the saved cache: connecting again reads the list afresh.
  await page
    .getByRole('button', { name: /sign out/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/connect/);
  expect(await page.evaluate(() => sessionStorage.getItem('4b42.query-cache'))).toBeNull();
});
