import type { Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '../src/mocks/demo-keys';
import { connectToApi, expect, openDemo, test } from './fixtures';
import { SANDBOX_ORIGIN, sandboxControl } from './sandbox';

/**
 * The console against the sandbox API server on another origin, as against a real API, with the
 * customer's own key typed in: nothing tells the console up front that the key is scoped.
 */
const CUSTOMER = DEMO_CUSTOMER_NUMBER;
const KEVIN = `${CUSTOMER}_1`;
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

// One sandbox for the whole run: these tests share its data, one after the other.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await sandboxControl('POST', '/reset');
});

const connectToSandbox = (page: Page, key = demoKey('customer').key) =>
  connectToApi(page, { baseUrl: `${SANDBOX_ORIGIN}/v1`, key });

test("a customer's key is detected as such and gets the portal", async ({ page, axe }) => {
  await connectToSandbox(page);

  await expect(h1(page, 'My account')).toBeVisible();
  await expect(page.locator('p', { hasText: 'Scope detected:' })).toContainText(
    `GET /v1/customer listed only customer ${CUSTOMER}, and its record answered`,
  );
  await expect(page.getByRole('region', { name: `Customer ${CUSTOMER}` })).toContainText(
    'Bergwerk Digital AG',
  );
  const directory = page.getByRole('list', { name: 'Your directory' });
  await expect(directory.getByRole('link', { name: /^\d+ Users$/ })).toBeVisible();
  await expect(directory.getByRole('link', { name: /^\d+ Groups$/ })).toBeVisible();
  await expect(directory.getByRole('link', { name: /^\d+ UPN suffixes$/ })).toBeVisible();

  // The navigation holds only what the key may do.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Users & groups' })).toBeVisible();
  for (const operatorArea of ['Customers', 'DNS zones', 'Servers']) {
    await expect(nav.getByRole('link', { name: operatorArea, exact: true })).toHaveCount(0);
  }
  // Cross-origin, the rate limit is still read (the sandbox exposes the headers).
  await expect(page.getByText(/^Rate limit: [\d,]+ \/ 3,600/)).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('a refused delete turns off only that action; editing the user still works', async ({ page }) => {
  // This key's permissions refuse deleting users (the sandbox answers as such a key would).
  await sandboxControl('PUT', '/faults/endpoints/user.delete', {
    status: 403,
    code: 'METHOD_RESTRICTED',
  });
  try {
    await connectToSandbox(page);
    await page.goto(`/directory/${CUSTOMER}/users/${KEVIN}`);
    await expect(h1(page, 'Bühl, Kevin')).toBeVisible();

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Bühl, Kevin?' });
    await dialog.getByRole('textbox').fill(KEVIN);
    await dialog.getByRole('button', { name: 'Delete user' }).click();
    await expect(dialog.getByRole('alert')).toContainText('METHOD_RESTRICTED');
    await dialog
      .getByRole('button', { name: /Cancel|Close/ })
      .first()
      .click();
    await expect(dialog).toBeHidden();

    const remove = page.getByRole('button', { name: 'Delete' });
    await expect(remove).toHaveAttribute('aria-disabled', 'true');
    await expect(remove).toHaveAccessibleDescription(
      `This key may not delete users of customer ${CUSTOMER} (403 METHOD_RESTRICTED).`,
    );
    // Nothing else was turned off.
    await expect(page.getByRole('button', { name: 'Reset password' })).not.toHaveAttribute('aria-disabled');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Bühl-Sandbox');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(h1(page, 'Bühl-Sandbox, Kevin')).toBeVisible();

    // Home lists what was learned, and it can be forgotten.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const learned = page.getByRole('region', { name: 'Refused so far' });
    await expect(learned).toContainText(`This key may not delete users of customer ${CUSTOMER}`);
    await learned.getByRole('button', { name: /^Forget:/ }).click();
    await expect(learned).toContainText('Nothing yet');
  } finally {
    await sandboxControl('DELETE', '/faults/endpoints/user.delete');
  }
});

test('pages only an operator can use send the customer to the portal, saying why', async ({ page }) => {
  await connectToSandbox(page);

  await page.goto('/customers');
  await expect(h1(page, 'My account')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'no list of all customers' })).toHaveText(
    `This key reaches only customer ${CUSTOMER}, so there is no list of all customers: this is your account.`,
  );

  await page.goto('/explorer?area=dns');
  await expect(page.getByRole('status').filter({ hasText: 'for operators' })).toHaveText(
    `DNS zones, internet resources, servers and tools are for operators: this key reaches only customer ${CUSTOMER}.`,
  );

  // The explorer itself is open to the key, and marks what it cannot reach.
  await page.goto('/explorer');
  await expect(
    page.getByRole('button').filter({ hasText: '/v1/manage/server/virtual' }).first(),
  ).toContainText(`Operator only: this key reaches only customer ${CUSTOMER}.`);
});

test('with the read-only key every write control says why it is off before any click', async ({ page }) => {
  await openDemo(page, 'readonly');
  const writes: [string, string[]][] = [
    ['/customers', ['New customer']],
    [`/customers/${CUSTOMER}`, ['Edit', 'Delete']],
    [`/directory/${CUSTOMER}/users`, ['New user']],
    [`/directory/${CUSTOMER}/users/${KEVIN}`, ['Edit', 'Delete', 'Reset password']],
    [`/directory/${CUSTOMER}/groups`, ['New group']],
    [`/directory/${CUSTOMER}/suffixes`, ['Add suffix']],
    ['/dns/500001', ['New zone']],
    ['/internet/asns', ['Order an AS number', 'Edit AS64500', 'Delete AS64500']],
  ];
  for (const [url, names] of writes) {
    await page.goto(url);
    for (const name of names) {
      const control = page.getByRole('button', { name, exact: true });
      await expect(control, `${name} on ${url}`).toHaveAttribute('aria-disabled', 'true');
      await expect(control, `${name} on ${url}`).toHaveAccessibleDescription(/read-only/);
    }
  }
});
