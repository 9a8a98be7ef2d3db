import type { Page, Request } from '@playwright/test';
import { chooseCountry, expect, openDemo, test } from './fixtures';

// The fault matrix rows that need a real browser (see e2e/README.md): offline, a dropped
// connection, a timeout on POST, a reload mid-edit, a double click and a 10 s answer, maintenance.
// Faults are armed through the demo controls, as a tester would.

test.use({
  // One pattern: an array of several would be read as a fixture tuple.
  consoleErrorAllowList: [
    /status of (500|502|503)|Failed to fetch|net::ERR_FAILED|ERR_INTERNET_DISCONNECTED/,
  ],
});

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function openDemoControls(page: Page) {
  await page.getByRole('button', { name: 'Demo controls' }).click();
  return page.getByRole('dialog', { name: 'Demo controls' });
}

async function closeDemoControls(page: Page) {
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByRole('button', { name: 'Close demo controls' }).click();
  await expect(panel).toBeHidden();
}

/** Arms a one-shot fault of POST /v1/customer of the given kind, optionally after the write. */
async function failNextCreate(page: Page, kind: RegExp, afterWrite: boolean) {
  const panel = await openDemoControls(page);
  await panel.getByLabel('Which call').selectOption({ label: 'POST /v1/customer' });
  await panel.getByRole('radio', { name: kind }).check();
  if (afterWrite) await panel.getByRole('checkbox', { name: /After carrying the request out/ }).check();
  await panel.getByRole('button', { name: 'Fail the next call' }).click();
  await expect(panel.getByRole('status')).toContainText('The next call to');
  await closeDemoControls(page);
}

async function setLatency(page: Page, ms: string) {
  const panel = await openDemoControls(page);
  await panel.getByLabel('Latency in milliseconds').fill(ms);
  await closeDemoControls(page);
}

async function fillNewCustomer(page: Page, name: string) {
  await field(page, 'Organisation or person').fill(name);
  await chooseCountry(page, 'switz', /Switzerland/, 'Switzerland (CH)');
  await field(page, 'City (optional)').fill('Chur');
}

function recordWrites(page: Page) {
  const writes: Request[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/demo-api/'))
      writes.push(request);
  });
  return writes;
}

test('offline: a submit is refused at once, the banner says so, and nothing goes out on reconnect', async ({
  page,
  context,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page, 'Funkloch AG');
  const writes = recordWrites(page);

  await context.setOffline(true);
  const banner = page.getByText(/You are offline\./);
  await expect(banner).toBeVisible();
  const submit = page.getByRole('button', { name: 'Create customer' });
  await submit.click();
  await expect(page.getByRole('alert')).toContainText('Not sent: you are offline');
  await expect(submit).toBeEnabled();
  await expect(field(page, 'Organisation or person')).toHaveValue('Funkloch AG');

  await context.setOffline(false);
  await expect(banner).toBeHidden();
  await submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Funkloch AG' })).toBeVisible();
  // Had the offline submit waited, it would have gone out on reconnect too: one POST only.
  expect(writes.map((r) => r.method())).toEqual(['POST']);
});

test('network drop after the POST: may have been saved, re-read finds it, never re-sent', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page, 'Abgerissen AG');
  await failNextCreate(page, /^Network error/, true);
  const writes = recordWrites(page);

  await page.getByRole('button', { name: 'Create customer' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome unknown' });
  await expect(outcome).toContainText('No answer: this may have been saved');
  await expect(outcome).toContainText('It was saved.');
  await outcome.getByRole('button', { name: 'Open the customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Abgerissen AG' })).toBeVisible();
  expect(writes).toHaveLength(1);
});

test('a timeout on POST (the answer comes after 25 s): reconciled, not re-sent', async ({ page }) => {
  test.setTimeout(120_000);
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page, 'Geduld GmbH');
  await failNextCreate(page, /^Slow answer/, true);
  const writes = recordWrites(page);

  await page.getByRole('button', { name: 'Create customer' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome unknown' });
  await expect(outcome).toContainText('No answer within 20 s', { timeout: 40_000 });
  await expect(outcome).toContainText('It was saved.', { timeout: 15_000 });
  await outcome.getByRole('button', { name: 'Open the customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geduld GmbH' })).toBeVisible();
  expect(writes).toHaveLength(1);
});

test('a proxy 502 before the POST arrived: not found, and send again is the user’s click', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page, 'Zweiter Anlauf AG');
  await failNextCreate(page, /^HTML 502 page/, false);
  const writes = recordWrites(page);

  await page.getByRole('button', { name: 'Create customer' }).click();
  const outcome = page.getByRole('region', { name: 'Outcome unknown' });
  await expect(outcome).toContainText('Not found: it was not saved.');
  expect(writes).toHaveLength(1);
  await outcome.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zweiter Anlauf AG' })).toBeVisible();
  expect(writes).toHaveLength(2);
});

test('a reload mid-edit brings the unsaved values back', async ({ page }) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/10000001/edit');
  await field(page, 'City (optional)').fill('Winterthur');
  await field(page, 'State (optional)').fill('ZH-Nord');
  // The unsaved-changes guard asks before unloading: the user confirms the reload.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Bergwerk Digital AG' })).toBeVisible();
  await expect(field(page, 'City (optional)')).toHaveValue('Winterthur');
  await expect(field(page, 'State (optional)')).toHaveValue('ZH-Nord');
  await expect(page.getByText(/Your unsaved changes from .* were restored/)).toBeVisible();
});

test('a double click on submit during a slow answer sends one request', async ({ page }) => {
  await openDemo(page, 'operator');
  await page.goto('/customers/new');
  await fillNewCustomer(page, 'Doppelklick AG');
  await setLatency(page, '2000');
  const writes = recordWrites(page);

  await page.getByRole('button', { name: 'Create customer' }).dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Doppelklick AG' })).toBeVisible({
    timeout: 15_000,
  });
  expect(writes).toHaveLength(1);
});

test('a 10 s answer: the page says it is loading and the user can leave at once', async ({ page }) => {
  await openDemo(page, 'operator');
  await setLatency(page, '10000');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByText(/Loading/i).first()).toBeVisible();
  const started = Date.now();
  await nav.getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Well before the 10 s answer: leaving does not wait for it.
  expect(Date.now() - started).toBeLessThan(8_000);
});

test('503 maintenance with Retry-After: the page says when to try again and counts down', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  const panel = await openDemoControls(page);
  await panel.getByRole('switch', { name: /Maintenance mode/ }).click();
  await closeDemoControls(page);
  // In-app navigation: the demo's faults live in the page and would not survive a reload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('503');
  await expect(alert).toContainText('maintenance');
  await expect(alert).toContainText(/The API asks to try again at .*: in (1:00|0:5\d)/);
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true');
  await expect(alert).toContainText(/in 0:5[0-7]/, { timeout: 10_000 });
});

test('a 429 met while the pointer rests on a link: the click shows it and asks nothing more', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  const panel = await openDemoControls(page);
  await panel.getByLabel('Which call').selectOption({ label: 'GET /v1/customer' });
  await panel.getByLabel(/^Status/).fill('429');
  await panel.getByLabel('Code', { exact: true }).fill('rate_limit_exceeded');
  await panel.getByLabel(/^Retry-After/).fill('30');
  await panel.getByRole('button', { name: 'Fail the next call' }).click();
  await closeDemoControls(page);
  const reads: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/demo-api/v1/customer') reads.push(String(response.status()));
  });

  // The router preloads the page on the hover; its answer is the 429.
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' });
  await link.hover();
  await expect.poll(() => reads).toEqual(['429']);
  await link.click();

  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('rate_limit_exceeded');
  await expect(page.getByRole('banner')).toContainText(/Rate limit reached · next request in/);
  expect(reads).toEqual(['429']);
});

test('sending from the keyboard during a slow answer keeps the keyboard’s place on the button', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  // In-app navigation: the latency lives in the page and would not survive a reload.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API explorer' }).click();
  await page.getByRole('button', { name: /^GET \/v1\/customer List of all customers/ }).click();
  await setLatency(page, '2000');

  const send = page.getByRole('button', { name: 'Send request' });
  await send.focus();
  await page.keyboard.press('Enter');
  // A focused button that turned disabled would leave focus on the page's body.
  await expect(page.getByRole('button', { name: 'Sending…' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Response', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(send).toBeFocused();
});
