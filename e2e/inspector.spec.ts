import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '../src/mocks/demo-keys';
import { expect, motionFinished, openDemo, test } from './fixtures';

// Issue #11 end to end, as a new user of the demo build: cause a failure on purpose, find it in the
// request log after a reload, read its meaning and follow the link to the error codes; send a call
// again once its cause is fixed; export calls and find neither the key nor a password in the files.

const KEY = demoKey('operator').key;

async function openLog(page: Page) {
  await page.getByRole('button', { name: 'Request log' }).first().click();
  const log = page.getByRole('dialog', { name: 'Request log' });
  // The dialog's root has no size of its own: its title shows it is open.
  await expect(log.getByRole('heading', { name: 'Request log' })).toBeVisible();
  return log;
}

async function demoControls(page: Page) {
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await expect(panel.getByRole('heading', { name: 'Demo controls' })).toBeVisible();
  return panel;
}

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test('a page asked for while the pointer rests on its link is marked in the log as a preload', async ({
  page,
  axe,
}) => {
  await openDemo(page, 'operator');
  const servers = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Servers' });
  const preload = page.waitForRequest((request) => request.url().endsWith('/v1/manage/server/virtual'));
  await servers.hover();
  await preload;

  const log = await openLog(page);
  const row = log.getByRole('listitem').filter({ hasText: '/v1/manage/server/virtual' });
  await expect(row).toContainText('Preload');
  await row.getByRole('button', { name: /GET \/v1\/manage\/server\/virtual/ }).click();
  await expect(log.getByRole('definition').filter({ hasText: 'Asked ahead of a click' })).toHaveText(
    /^Preload\. Asked ahead of a click: the pointer rested on a link/,
  );
  expect(await axe({ include: ['[role="dialog"]'] })).toEqual([]);
});

test('a failure caused on purpose is in the log after a reload, with its meaning and its catalogue entry', async ({
  page,
  axe,
}) => {
  await openDemo(page, 'operator');

  // On purpose: a customer number that does not exist.
  await page.goto('/explorer?endpoint=customer.get');
  await page.getByRole('textbox', { name: /^customerNumber/ }).fill('99999999');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'INVALID_CUSTOMER_NUMBER' })).toBeVisible();

  await page.reload();
  const log = await openLog(page);
  await log.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Failures only' });
  const row = log.getByRole('listitem').filter({ hasText: '/v1/customer/99999999' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('404');
  await expect(row).toContainText('INVALID_CUSTOMER_NUMBER');
  // The API's own words beside the documented meaning.
  await expect(row).toContainText('Customer 99999999 does not exist.');
  await expect(row).toContainText(
    'The customer number is invalid (only numbers with 8 digits) or does not exist.',
  );
  expect(await axe({ include: ['[role="dialog"]'] })).toEqual([]);

  await row.getByRole('link', { name: 'About INVALID_CUSTOMER_NUMBER' }).click();
  await expect(page).toHaveURL(/\/errors\?entry=INVALID_CUSTOMER_NUMBER/);
  await expect(log).toHaveCount(0);
  const entry = page.getByRole('article', { name: 'INVALID_CUSTOMER_NUMBER' });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Older edition');
  await expect(entry).toContainText('What the console does');
  await expect(entry).toContainText('Marks the field the answer names');
  expect(await axe({ exclude: ['[data-sonner-toaster]'] })).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe({ exclude: ['[data-sonner-toaster]'] }), 'error codes (dark)').toEqual([]);

  // In the demo, "show me" injects it through the fault controls, and the console shows it.
  await entry.getByRole('button', { name: 'Show me INVALID_CUSTOMER_NUMBER' }).click();
  await expect(entry.getByRole('alert')).toContainText('INVALID_CUSTOMER_NUMBER');
});

test('a call that failed during maintenance is sent again after it ends, the answers compared', async ({
  page,
}) => {
  await openDemo(page, 'operator');

  const panel = await demoControls(page);
  await panel.getByRole('switch', { name: /Maintenance mode/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'maintenance' })).toBeVisible({ timeout: 20_000 });

  // The cause is fixed: maintenance is over.
  await (await demoControls(page)).getByRole('switch', { name: /Maintenance mode/ }).click();
  await page.keyboard.press('Escape');

  const log = await openLog(page);
  await log.getByRole('combobox', { name: 'Error code' }).selectOption('maintenance');
  await log
    .getByRole('button', { name: /GET \/v1\/customer\b/ })
    .first()
    .click();
  await log.getByRole('button', { name: 'Send again' }).click();
  const compared = log.getByRole('region', { name: 'Compared with the logged answer' });
  await expect(compared).toContainText('503');
  await expect(compared).toContainText('200 OK');
  await expect(compared.locator('[data-diff="removed"]').filter({ hasText: '"maintenance"' })).toHaveCount(1);
  await expect(compared.locator('[data-diff="added"]').first()).toBeVisible();
});

test('an exported call holds neither the key nor the generated password', async ({ page }) => {
  await openDemo(page, 'operator');

  await page.goto(`/directory/${DEMO_CUSTOMER_NUMBER}/users/new`);
  await page.getByRole('textbox', { name: 'First name', exact: true }).fill('Export');
  await page.getByRole('textbox', { name: 'Last name', exact: true }).fill('Check');
  await page.getByRole('button', { name: 'Create user' }).click();
  // The one place the generated password is shown.
  const password = (await page.getByTestId('generated-password').textContent()) ?? '';
  expect(password.length).toBeGreaterThan(8);

  const log = await openLog(page);
  await expect(log).not.toContainText(password);
  await log.getByRole('checkbox', { name: /^Select POST \/v1\/customer\/user\// }).check();

  const [har] = await Promise.all([
    page.waitForEvent('download'),
    log.getByRole('button', { name: 'Export 1 as HAR' }).click(),
  ]);
  expect(har.suggestedFilename()).toMatch(/\.har$/);
  const harText = await downloadedText(har);
  const parsed = JSON.parse(harText);
  expect(parsed.log.version).toBe('1.2');
  expect(parsed.log.entries).toHaveLength(1);
  expect(parsed.log.entries[0].request.method).toBe('POST');
  expect(parsed.log.entries[0].response.status).toBe(200);
  expect(harText).toContain('•••');
  expect(harText).not.toContain(password);
  expect(harText).not.toContain(KEY);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    log.getByRole('button', { name: 'Export 1 as JSON' }).click(),
  ]);
  const jsonText = await downloadedText(json);
  expect(JSON.parse(jsonText)).toHaveLength(1);
  expect(jsonText).not.toContain(password);
  expect(jsonText).not.toContain(KEY);
});

test('the rate-limit banner is shared by the tabs and follows the demo controls at once', async ({
  page,
  context,
}) => {
  await openDemo(page, 'operator');
  const other = await context.newPage();
  await openDemo(other, 'operator');

  const panel = await demoControls(page);
  await panel.getByRole('button', { name: 'Use up the rate limit' }).click();
  // The banner counts up once a second, so a slow check may first see 1 or 2.
  await expect(page.getByText(/^Rate limit low: [0-2] \/ 3,600/)).toBeVisible();
  await expect(other.getByText(/^Rate limit low: [0-2] \/ 3,600/)).toBeVisible();
  // Counting up between answers, one a second.
  await expect(other.getByText(/^Rate limit low: [2-9] \/ 3,600/)).toBeVisible({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Refill' }).click();
  await expect(other.getByText('Rate limit: 3,600 / 3,600 · full')).toBeVisible();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('a tap on an export with nothing chosen says why, where a hover tooltip never shows', async ({
    page,
    axe,
  }) => {
    await openDemo(page, 'operator');
    await page.goto('/customers');
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    const log = await openLog(page);
    await expect(log.getByRole('listitem').first()).toBeVisible();
    const reason = 'Select calls to export first.';
    // `force`: Playwright will not tap a button that says it is off; a user's finger does. It also
    // skips Playwright's wait for the button to stop moving, so the drawer must have slid in first.
    await motionFinished(page);
    await log.getByRole('button', { name: 'Export as HAR' }).tap({ force: true });
    const shown = page.locator('span[aria-hidden="true"]').filter({ hasText: reason });
    await expect(shown).toBeVisible();
    expect(await axe({ include: ['[role="dialog"]'] })).toEqual([]);

    await log.getByRole('checkbox', { name: /^Select all shown/ }).tap();
    await expect(shown).toHaveCount(0);
    await expect(log.getByRole('button', { name: /^Export \d+ as HAR$/ })).toBeEnabled();
  });
});
