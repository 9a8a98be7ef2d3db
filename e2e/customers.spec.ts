import type { Page, Request } from '@playwright/test';
import { chooseCountry, expect, openDemo, test } from './fixtures';

// A new user's first customer, end to end against the demo build's simulated API: create it, find
// it by search, open it, edit it, delete it; then the same form against an injected
// uniqueness_error and a 429 in the middle of a submit.

const ORGANISATION = 'Alpenglühen Software GmbH';

/** The API's answers to provoked errors appear in Chromium's console; they are expected here. */
test.use({ consoleErrorAllowList: [/status of (409|429)/] });

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function fillNewCustomer(page: Page) {
  await field(page, 'Organisation or person').fill(ORGANISATION);
  await chooseCountry(page, 'switz', /Switzerland/, 'Switzerland (CH)');
  await field(page, 'Street (optional)').fill('Seestrasse');
  await field(page, 'Street number (optional)').fill('7');
  await field(page, 'Zip code (optional)').fill('8002');
  await field(page, 'City (optional)').fill('Zürich');
  await field(page, 'Telephone (optional)').fill('+41 44 123 45 67');
  await field(page, 'VAT id (optional)').fill('CHE-116.281.710 MWST');
}

async function expectValuesKept(page: Page) {
  await expect(field(page, 'Organisation or person')).toHaveValue(ORGANISATION);
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('Switzerland (CH)');
  await expect(field(page, 'City (optional)')).toHaveValue('Zürich');
  await expect(field(page, 'Telephone (optional)')).toHaveValue('+41 44 123 45 67');
  await expect(field(page, 'VAT id (optional)')).toHaveValue('CHE-116.281.710 MWST');
}

/** Arms a one-shot failure of POST /v1/customer in the demo controls, as a tester would. */
async function failNextCreate(
  page: Page,
  fault: { status: string; code: string; field?: string; retryAfter?: string },
) {
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByLabel('Which call').selectOption({ label: 'POST /v1/customer' });
  await panel.getByLabel('Code', { exact: true }).fill(fault.code);
  await panel.getByLabel('Status', { exact: true }).fill(fault.status);
  if (fault.field) await panel.getByLabel(/^Field name/).fill(fault.field);
  if (fault.retryAfter) await panel.getByLabel('Retry-After in seconds').fill(fault.retryAfter);
  await panel.getByRole('button', { name: 'Fail the next call' }).click();
  await expect(panel.getByRole('status')).toContainText('The next call to');
  await panel.getByRole('button', { name: 'Close demo controls' }).click();
  await expect(panel).toBeHidden();
}

function countCreates(page: Page) {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/v1/customer'))
      posts.push(request);
  });
  return posts;
}

test('a new user creates a customer, finds it, opens it, edits it and deletes it', async ({ page, axe }) => {
  // One flow with three axe scans: room for a loaded machine.
  test.slow();
  await openDemo(page, 'operator');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  expect(await axe()).toEqual([]);

  // Create
  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New customer' })).toBeVisible();
  expect(await axe()).toEqual([]);
  await fillNewCustomer(page);
  await field(page, 'VAT id (optional)').press('Tab');
  await expect(page.getByText('Saved as +41441234567')).toBeVisible();
  await page.getByRole('button', { name: 'Create customer' }).click();

  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  const number = (await page.getByText(/^Customer number \d{8}$/).textContent())?.match(/\d{8}/)?.[0] ?? '';
  expect(number).toMatch(/^\d{8}$/);
  // Saved as E.164, shown grouped, dialled as saved.
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('link', { name: '+41 44 123 45 67' }),
  ).toHaveAttribute('href', 'tel:+41441234567');
  // The page with its "created" toast showing.
  await expect(page.locator('[data-sonner-toast]').first()).toBeVisible();
  expect(await axe()).toEqual([]);

  // Find it by search and open it
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('alpenglühen');
  await expect(page.getByRole('status').filter({ hasText: /^1 of \d+ customers$/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=alpengl/);
  await page.getByRole('link', { name: number, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();

  // Edit
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${ORGANISATION}` })).toBeVisible();
  await field(page, 'City (optional)').fill('Winterthur');
  await field(page, 'Zip code (optional)').fill('8400');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Winterthur');

  // Delete
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete customer ${number}?` });
  await dialog.getByRole('textbox', { name: `Type ${number} to confirm` }).fill(number);
  await dialog.getByRole('button', { name: 'Delete customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('link', { name: number, exact: true })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill(number);
  await expect(page.getByText(`No customers match “${number}”`)).toBeVisible();
});

test('an injected uniqueness_error lands on its field, with every value kept', async ({ page }) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page);
  await failNextCreate(page, { status: '409', code: 'uniqueness_error', field: 'vatid' });
  await page.getByRole('button', { name: 'Create customer' }).click();

  const vat = field(page, 'VAT id (optional)');
  await expect(vat).toBeFocused();
  await expect(vat).toHaveAttribute('aria-invalid', 'true');
  await expect(vat).toHaveAccessibleDescription(/One or more of the objects fields must be unique/);
  // Above the button, what the API answered: status, code and the code's documented meaning.
  await expect(page.getByRole('alert')).toContainText(/409.*uniqueness_error/);
  await expectValuesKept(page);

  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
});

test('a 429 in the middle of a submit loses nothing; after the countdown one click sends one request', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page);
  await failNextCreate(page, { status: '429', code: 'rate_limit_exceeded', retryAfter: '3' });
  const creates = countCreates(page);

  await page.getByRole('button', { name: 'Create customer' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved: too many requests' });
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(alert).toContainText('Error when sending too many requests');
  const waiting = page.getByRole('button', { name: /^Wait 0:0\d/ });
  await expect(waiting).toBeDisabled();
  await expectValuesKept(page);
  expect(creates).toHaveLength(1);

  // The countdown ends; nothing is sent until the user clicks. A negative check needs a window:
  // no create may start within 2 s of the button coming back, and the form stays on screen.
  const submit = page.getByRole('button', { name: 'Create customer' });
  await expect(submit).toBeEnabled({ timeout: 20_000 });
  const resent = await page
    .waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/v1/customer'), {
      timeout: 2_000,
    })
    .then(
      () => true,
      () => false,
    );
  expect(resent, 'a create was sent without a click').toBe(false);
  expect(creates).toHaveLength(1);
  await expect(page.getByRole('heading', { level: 1, name: 'New customer' })).toBeVisible();
  await expectValuesKept(page);

  await submit.click();
  await expect(page.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  expect(creates).toHaveLength(2);
});

test('a street of any length, as the API allows, wraps on a phone instead of widening the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDemo(page, 'operator');
  await page.goto('/customers/10000001/edit');
  // One unbroken word, longer than the directory's usual 120 characters: a warning, then saved.
  const street = 'Donaudampfschifffahrtsgesellschaftskapitänsstrasse'.repeat(3);
  await page.getByRole('textbox', { name: 'Street (optional)', exact: true }).fill(street);
  await expect(page.getByText('Longer than 120 characters: the API may refuse it.')).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bergwerk Digital AG' })).toBeVisible();
  await expect(page.getByText(street)).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the customer page scrolls sideways').toBeLessThanOrEqual(0);
});

const PHONE_PAGES = [
  ['/customers', 'Customers'],
  ['/customers/10000001', 'Bergwerk Digital AG'],
  ['/customers/new', 'New customer'],
  ['/customers/10000001/edit', 'Edit Bergwerk Digital AG'],
] as const;

test.describe('at 360 px in dark mode', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });

  for (const [path, heading] of PHONE_PAGES) {
    test(`${path} fits the screen and is axe-clean`, async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      expect(await axe()).toEqual([]);
    });
  }
});
