import type { Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { chooseCountry, expect, openDemo, test } from './fixtures';

// Markup typed into free-text fields, or sent back by the API in a message, is shown as text
// everywhere: list, detail, toast, error panel and request log. Each payload would set
// window.__xss (or open a dialog) if it ever ran; the demo build's Content-Security-Policy would
// also refuse it with a console error, which fails the test on its own (fixtures.ts).

const PAYLOAD = {
  img: '<img src=x onerror=window.__xss=1>',
  script: '"><script>window.__xss=2</script>',
  svg: '<svg onload=window.__xss=3>',
};

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Records dialogs; the returned check asserts that no payload ran or became an element. */
function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    expect(dialogs, 'a dialog opened').toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    // A JSON data block (the route preload table) is data, not script.
    await expect(
      page.locator('img[src="x"], svg[onload], script:not([src]):not([type="application/json"])'),
    ).toHaveCount(0);
  };
}

/** Arms a one-shot failure of one call in the demo controls, with the API message given. */
async function failNext(page: Page, call: string, fault: { status: string; code: string; message: string }) {
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByLabel('Which call').selectOption({ label: call });
  await panel.getByLabel('Code', { exact: true }).fill(fault.code);
  await panel.getByLabel('Status', { exact: true }).fill(fault.status);
  await panel.getByLabel(/^Message/).fill(fault.message);
  await panel.getByRole('button', { name: 'Fail the next call' }).click();
  await expect(panel.getByRole('status')).toContainText('The next call to');
  return panel;
}

async function openLoggedCall(page: Page, name: RegExp) {
  await page.getByRole('button', { name: 'Request log' }).first().click();
  const log = page.getByRole('dialog', { name: /Request log/ });
  await log.getByRole('button', { name }).first().click();
  return log;
}

test('a customer whose fields hold markup shows it as text in detail, list and request log', async ({
  page,
}) => {
  const check = guard(page);
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  const name = `Acme ${PAYLOAD.img}`;
  await field(page, 'Organisation or person').fill(name);
  await chooseCountry(page, 'switz', /Switzerland/, 'Switzerland (CH)');
  await field(page, 'Street (optional)').fill(PAYLOAD.script);
  await field(page, 'City (optional)').fill(PAYLOAD.svg);
  await page.getByRole('button', { name: 'Create customer' }).click();

  // Detail
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(PAYLOAD.script);
  await expect(details).toContainText(PAYLOAD.svg);
  await check();

  // List, found by searching for the markup itself
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('<img');
  await expect(page.getByRole('table', { name: 'Customers' })).toContainText(name);
  await check();

  // Request log: the sent body, as JSON text
  const log = await openLoggedCall(page, /POST \/v1\/customer/);
  await expect(log).toContainText(PAYLOAD.img);
  await expect(log).toContainText('<script>window.__xss=2</script>');
  await check();
});

test('an API message holding markup shows as text in the form error panel', async ({ page }) => {
  const check = guard(page);
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await field(page, 'Organisation or person').fill('Acme AG');
  await chooseCountry(page, 'switz', /Switzerland/, 'Switzerland (CH)');
  const panel = await failNext(page, 'POST /v1/customer', {
    status: '400',
    code: 'invalid_input',
    message: PAYLOAD.img,
  });
  await panel.getByRole('button', { name: 'Close demo controls' }).click();
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'invalid_input' })).toContainText(PAYLOAD.img);
  await check();
});

test('an API message holding markup shows as text in a toast', async ({ page }) => {
  const check = guard(page);
  await openDemo(page, 'operator');
  await page.goto('/customers');
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  // A background refetch of the shown list fails: that is a toast.
  const controls = await failNext(page, 'GET /v1/customer', {
    status: '400',
    code: 'invalid_input',
    message: PAYLOAD.script,
  });
  await controls.getByRole('button', { name: 'Reset demo data' }).click();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'invalid_input' })).toContainText(
    PAYLOAD.script,
  );
  await check();
});

test('a directory user whose names hold markup shows them as text in the created panel, detail and list', async ({
  page,
}) => {
  const check = guard(page);
  await openDemo(page, 'operator');
  await page.goto(`/directory/${DEMO_CUSTOMER_NUMBER}/users/new`);
  await field(page, 'First name').fill(PAYLOAD.img);
  await field(page, 'Last name').fill(PAYLOAD.svg);
  await page.getByRole('button', { name: 'Create user' }).click();
  const display = `${PAYLOAD.svg}, ${PAYLOAD.img}`;
  await expect(page.getByRole('heading', { name: `${display} was created` })).toBeVisible();
  await check();

  await page.getByRole('link', { name: 'Open the user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: display })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(PAYLOAD.img);
  await expect(details).toContainText(PAYLOAD.svg);
  await check();

  await page.goto(`/directory/${DEMO_CUSTOMER_NUMBER}/users`);
  await expect(page.getByRole('link', { name: display })).toBeVisible();
  await check();
});

/** Records every write the page sends to the simulated API. */
function watchWrites(page: Page) {
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().includes('/demo-api/')) writes.push(`${r.method()} ${r.url()}`);
  });
  return writes;
}

test('markup in a group name is warned about, sent as typed, and shown as text on the group’s page', async ({
  page,
}) => {
  const check = guard(page);
  const writes = watchWrites(page);
  await openDemo(page, 'operator');
  await page.goto(`/directory/${DEMO_CUSTOMER_NUMBER}/groups/new`);
  const group = field(page, 'Group name');
  await group.fill(PAYLOAD.img);
  // The docs give a group name no character rule: the directory's usual one only warns.
  await expect(group).toHaveAccessibleDescription(/the API may refuse this one/);
  await expect(group).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAYLOAD.img })).toBeVisible();
  await check();
  expect(writes).toHaveLength(1);
});

test('markup as a UPN suffix is refused at the field, shown as typed, and not sent', async ({ page }) => {
  const check = guard(page);
  const writes = watchWrites(page);
  await openDemo(page, 'operator');
  await page.goto(`/directory/${DEMO_CUSTOMER_NUMBER}/suffixes`);
  const domain = field(page, 'Domain');
  await domain.fill(PAYLOAD.script);
  await page.getByRole('button', { name: 'Add suffix' }).click();
  await expect(domain).toHaveAttribute('aria-invalid', 'true');
  await expect(domain).toHaveValue(PAYLOAD.script);
  await check();
  expect(writes).toEqual([]);
});
