import { expect, openDemo, test } from './fixtures';

// Minimal checks that the demo build starts and the harness works; the real specs live beside this.

test('/demo opens the console with the operator key', async ({ page, axe }) => {
  await page.goto('/demo');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  expect(await axe()).toEqual([]);
});

test('the connect screen opens the demo with any demo key', async ({ page }) => {
  await openDemo(page, 'readonly');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('an unknown path shows a not-found page', async ({ page, axe }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: /not found|404/i })).toBeVisible();
  expect(await axe()).toEqual([]);
});
