import { readFile } from 'node:fs/promises';
import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { expect, openDemo, test } from './fixtures';

// The lists kit on the demo's customers: the page is the only vertical scroller, the column
// choice survives a reload, the CSV export is what the list shows, and a phone gets cards.

/** Elements other than the document that scroll vertically right now. */
const innerScrollers = () =>
  [...document.querySelectorAll('body *')]
    .filter(
      (el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1,
    )
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);

test('in a 1280 × 420 window the customers list scrolls with the page under a header row that stays', async ({
  page,
  axe,
}) => {
  await page.setViewportSize({ width: 1280, height: 420 });
  await openDemo(page);
  await page.goto('/customers');
  const list = page.getByTestId('customer-scroller');
  await expect(list.getByRole('row', { name: /Bergwerk Digital AG/ })).toBeVisible();

  expect(await page.evaluate(innerScrollers)).toEqual([]);
  const box = await list.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  const doc = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  expect(doc.scroll).toBeGreaterThan(doc.client);

  // Scrolling over the list moves the page; the header row stays at the top of the window. A
  // window this low has no room to keep the console's header too: it scrolls away.
  await list.hover();
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const header = page.getByRole('columnheader', { name: /Customer number/ });
  await expect.poll(async () => Math.abs((await header.boundingBox())?.y ?? 99)).toBeLessThanOrEqual(1);
  await expect(list.getByRole('row').last()).toBeInViewport();
  await expect(page.getByRole('banner')).not.toBeInViewport();
  await expect(page.getByText(/^Rate limit: [\d,]+ \/ 3,600$/)).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('in a 1280 × 600 window the console’s header, with the rate limit, stays, and a long list’s header row stays right under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openDemo(page);
  // The demo's large data: 10 000 users for one customer.
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByLabel(/^Large/).check();
  await panel.getByRole('button', { name: 'Close demo controls' }).click();
  await expect(panel).toBeHidden();
  await page.goto('/directory/10000010/users');
  const list = page.getByTestId('users-scroller');
  await expect(list.getByRole('row').nth(2)).toBeVisible();

  await list.hover();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  const banner = page.getByRole('banner');
  await expect(banner.getByText(/^Rate limit/)).toBeInViewport();
  // The header is in view: no pill repeats its rate limit in the corner.
  await expect(page.getByText(/^Rate limit: [\d,]+ \/ 3,600$/)).toHaveCount(0);
  const bar = (await banner.boundingBox()) ?? { y: 99, height: 0 };
  expect(Math.abs(bar.y)).toBeLessThanOrEqual(1);
  const header = page.getByRole('columnheader', { name: /Name/ });
  await expect
    .poll(async () => Math.abs(((await header.boundingBox())?.y ?? 999) - (bar.y + bar.height)))
    .toBeLessThanOrEqual(1);
});

test('the column choice is kept across a reload, and the CSV is the list as shown', async ({ page, axe }) => {
  await openDemo(page);
  // A customer opened once: its city is in the cache, for the extra column.
  await page.goto(`/customers/${DEMO_CUSTOMER_NUMBER}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bergwerk Digital AG' })).toBeVisible();
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  await page.getByRole('button', { name: 'Columns' }).click();
  const menu = page.getByRole('group', { name: 'Columns shown' });
  await menu.getByRole('checkbox', { name: /City/ }).check();
  await menu.getByRole('checkbox', { name: 'GUID' }).uncheck();
  expect(await axe()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'City' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: /GUID/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Bergwerk Digital AG/ })).toContainText('Zürich');

  await page.getByRole('button', { name: /Organisation/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  const bytes = await readFile((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('Customer number,Organisation,City');
  expect(lines).toContain(`${DEMO_CUSTOMER_NUMBER},Bergwerk Digital AG,Zürich`);
  expect(lines.some((line) => line.includes('Léman Horlogerie SA'))).toBe(true);
  const organisations = lines.slice(1, -1).map((line) => line.split(',')[1] ?? '');
  expect(organisations).toEqual(
    [...organisations].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
  );
});

test('text typed just before a reload is still there after it', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  // Typed and reloaded at once: the URL follows the box only after a pause.
  await page.getByRole('searchbox', { name: 'Search customers' }).pressSequentially('Bergw');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('Bergw');
  await expect(page.getByRole('row', { name: /Bergwerk Digital AG/ })).toBeVisible();
  await expect(page).toHaveURL(/q=Bergw/);
});

test('at 360 px the customers list is cards', async ({ page, axe }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemo(page);
  await page.goto('/customers');
  const cards = page.getByRole('list', { name: 'Customers' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const card = cards.getByRole('listitem').filter({ hasText: 'Bergwerk Digital AG' });
  await expect(card.getByRole('link', { name: DEMO_CUSTOMER_NUMBER })).toBeVisible();
  await expect(card.getByRole('definition').first()).toHaveText('Bergwerk Digital AG');
  // Nothing is cut off sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await page.evaluate(innerScrollers)).toEqual([]);
  expect(await axe()).toEqual([]);
});

test.describe('in English (US) at 360 px', () => {
  test.use({ locale: 'en-US', viewport: { width: 360, height: 740 } });

  test('a card shows a whole date and time beside a short label', async ({ page }) => {
    await openDemo(page);
    await page.goto('/dns/500001');
    const card = page.getByRole('list', { name: /zones/i }).getByRole('listitem').first();
    const updated = card.getByRole('definition').filter({ has: page.locator('time') });
    // The longest form this locale writes, "Mar 26, 2024, 11:04:07 AM", then the UTC value for
    // screen readers.
    await expect(updated).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s[AP]M \(.* UTC\)$/);
    expect(await updated.evaluate((dd) => dd.scrollWidth <= dd.clientWidth)).toBe(true);
  });
});
