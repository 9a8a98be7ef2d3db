import type { Locator, Page } from '@playwright/test';
import { expect, openDemo, test } from './fixtures';

// DNS zones as a new user meets them against the demo build: pick a product, find a zone, change
// its TTL; create a zone with an IDN name and delete it again. One flow per test.

test.use({ consoleErrorAllowList: [/status of 409/] });

async function openProduct(page: Page, productId: string) {
  await openDemo(page, 'operator');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'DNS zones' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DNS zones' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`^${productId}`) }).click();
  await expect(page.getByRole('table', { name: 'DNS zones' })).toBeVisible();
}

test('a new user picks a product, finds a zone and changes its TTL', async ({ page, axe }) => {
  await openProduct(page, '500001');
  expect(await axe()).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search zones' }).fill('shop');
  await expect(page).toHaveURL(/q=shop/);
  await page.getByRole('link', { name: 'bergwerk.shop' }).click();

  const soa = page.getByRole('region', { name: 'SOA record' });
  await expect(soa.getByText('1 hour', { exact: true })).toBeVisible();
  const ttl = page.getByRole('textbox', { name: 'TTL', exact: true });
  await ttl.fill('7200');
  await expect(page.getByText('2 hours.', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(soa.getByText('2 hours', { exact: true })).toBeVisible();
  // The notice comes from a lazily loaded toaster: scan once it is there, not while it arrives.
  const notices = page.getByRole('region', { name: /^Notifications/ });
  await expect(notices.getByText('Zone bergwerk.shop saved')).toBeVisible();
  expect(await axe()).toEqual([]);

  // The product is remembered for this connection.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'DNS products' })
    .click();
  await expect(page.getByRole('region', { name: 'Recently used with this connection' })).toContainText(
    '500001',
  );
});

test('a new user creates a zone with an IDN name and deletes it', async ({ page }) => {
  await openProduct(page, '500002');
  await page.getByRole('link', { name: 'New zone' }).click();
  await expect(page.getByRole('note')).toContainText('goes into DNS product 500002');
  await page.getByRole('textbox', { name: 'Zone name' }).fill('müller-bäckerei.ch');
  await expect(page.getByText('xn--mller-bckerei-')).toBeVisible();
  await page.getByRole('textbox', { name: /Hostmaster e-mail address/ }).fill('dns@mueller.ch');
  await expect(page.getByText('dns.mueller.ch')).toBeVisible();
  await page.getByRole('button', { name: 'Create zone' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'müller-bäckerei.ch' })).toBeVisible();
  const ascii = page.url().split('/').pop() ?? '';
  expect(ascii).toMatch(/^xn--mller-bckerei-/);
  await page.getByRole('button', { name: 'Delete zone…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(ascii);
  await dialog.getByRole('button', { name: 'Delete zone' }).click();
  await expect(page.getByRole('table', { name: 'DNS zones' })).toBeVisible();
  await expect(page.getByRole('link', { name: /müller-bäckerei/ })).toHaveCount(0);
});

test('a bad zone name and a missing hostmaster both show at the first click on Create zone', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/dns/new');
  const name = page.getByRole('textbox', { name: 'Zone name' });
  await name.fill('not a zone!!');
  // Straight from the field to the button: leaving the field shows its message above the button.
  await page.getByRole('button', { name: 'Create zone' }).click();
  await expect(page.getByText('Enter a full domain name with at least two labels')).toBeVisible();
  await expect(page.getByText('Enter an e-mail address or the SOA form')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Hostmaster e-mail address/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(name).toHaveValue('not a zone!!');
});

const PHONE_PAGES: [path: string, ready: (page: Page) => Locator][] = [
  ['/dns', (page) => page.getByRole('heading', { level: 1 })],
  // A phone shows the zones as cards.
  ['/dns/500001', (page) => page.getByRole('list', { name: 'DNS zones' })],
  ['/dns/500001/bergwerk.ch', (page) => page.getByRole('region', { name: 'SOA record' })],
  ['/dns/new', (page) => page.getByRole('button', { name: 'Create zone' })],
];

test.describe('at 360 px in dark mode', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  for (const [path, ready] of PHONE_PAGES) {
    test(`${path} fits and passes axe`, async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.goto(path);
      await expect(ready(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(await axe()).toEqual([]);
    });
  }
});
