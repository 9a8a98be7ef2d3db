import type { Page } from '@playwright/test';
import { expect, openDemo, test } from './fixtures';

// The command palette on the demo, by keyboard alone once connected: open it, go to the customer
// list, then to a customer read there, then switch the theme; axe-clean while it is open.

const palette = (page: Page) => page.getByRole('combobox', { name: 'Go to a page, a record or an action' });

/** Ctrl+K, type, and Enter on the best match (the first option). */
async function runFromPalette(page: Page, query: string, expectFirst: RegExp) {
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeFocused();
  await page.keyboard.type(query);
  const active = await palette(page).getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveText(expectFirst);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
}

test('goes to a customer and switches the theme by keyboard alone', async ({ page, axe }) => {
  await openDemo(page);
  await expect(page.getByRole('button', { name: 'Search… Ctrl K' })).toBeVisible();

  await runFromPalette(page, 'customers', /^Customers/);
  // The new page takes the focus, so the keyboard carries on from its heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeFocused();
  await expect(page.getByRole('row', { name: /Bergwerk Digital AG/ })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('bergwerk');
  await expect(page.getByRole('group', { name: 'Customers' }).getByRole('option')).toHaveText([
    /Bergwerk Digital AG/,
  ]);
  expect(await axe()).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Bergwerk Digital AG/ })).toBeFocused();
  await expect(page).toHaveURL(/\/customers\/10000001$/);

  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  await runFromPalette(page, 'switch theme', /^Switch theme/);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);

  // Escape gives focus back: here to the page's search box, which `/` focused.
  await runFromPalette(page, 'customers', /^Customers/);
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await expect(search).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search).toBeFocused();
});

// Its code loads on the first open: keys typed at once must wait for it, not be lost.
test('typed straight on after the first Ctrl+K, a query and Enter go to the page', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByRole('button', { name: 'Search… Ctrl K' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('serverx');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('s');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Servers' })).toBeFocused();
  await expect(page).toHaveURL(/\/servers$/);
  await expect(palette(page)).toBeHidden();
});

test('keys typed after Ctrl+K never reach the page’s focused search box', async ({ page }) => {
  await openDemo(page);
  await page.goto('/customers');
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.fill('Lem');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dns');
  await expect(palette(page)).toHaveValue('dns');
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Lem');
});

test('an area’s own page by its name: “tunnel” opens the layer-2 tunnel, not the area’s first page', async ({
  page,
}) => {
  await openDemo(page);
  await expect(page.getByRole('button', { name: 'Search… Ctrl K' })).toBeVisible();
  await runFromPalette(page, 'tunnel', /^Layer-2 tunnel\s*Internet resources/);
  await expect(page.getByRole('heading', { level: 1, name: 'Layer-2 tunnel to an exchange' })).toBeFocused();
  await expect(page).toHaveURL(/\/internet\/tunnel$/);
  // The area's tabs read the same list: the page is marked as the current one.
  await expect(
    page
      .getByRole('navigation', { name: 'Internet resources' })
      .getByRole('link', { name: 'Layer-2 tunnel' }),
  ).toHaveAttribute('aria-current', 'page');
});

test.describe('at 360 px in dark mode', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('opens from the header button and is axe-clean', async ({ page, axe }) => {
    await openDemo(page);
    await page.getByRole('button', { name: /^Search…/ }).click();
    await expect(palette(page)).toBeFocused();
    await expect(page.getByRole('group', { name: 'Actions' })).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Search…/ })).toBeFocused();
  });
});
