import { expect, openDemo, test } from './fixtures';

// Servers as a new user meets them against the demo build. One flow per test.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a new user lists the servers and takes a console ticket', async ({ page, axe }) => {
  await openDemo(page, 'operator');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Servers' }).click();
  const table = page.getByRole('table', { name: 'Virtual servers' });
  await expect(table).toBeVisible();
  expect(await axe()).toEqual([]);
  await table.getByRole('link', { name: '300101' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'web01.bergwerk.ch' })).toBeVisible();
  await page.getByRole('button', { name: 'Get a console ticket' }).click();
  await expect(page.getByText(/^PVEVNC:/)).toBeVisible();
  await expect(page.getByText(/Valid for another/)).toBeVisible();
  await page.getByRole('button', { name: 'Copy ticket' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^PVEVNC:/);
  expect(await axe()).toEqual([]);
});

test('a new user reconfigures IPMI of a dedicated server', async ({ page, axe }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDemo(page, 'operator');
  await page.goto('/servers');
  await page.getByRole('textbox', { name: 'Dedicated server id' }).fill('400203');
  await page.getByRole('button', { name: 'Reconfigure IPMI…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The server itself keeps running');
  expect(await axe()).toEqual([]);
  await dialog.getByRole('button', { name: 'Reconfigure IPMI' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is being reconfigured' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axe()).toEqual([]);
});
