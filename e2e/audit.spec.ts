import type { Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { expect, openDemo, test } from './fixtures';

// The console's own record of its changes: edit a customer in the demo, find the change in Audit
// with its old and new value, after a reload too; axe-clean light, and dark at 360 px.

const TARGET = `customer ${DEMO_CUSTOMER_NUMBER} · Bergwerk Digital AG`;

async function changeCity(page: Page, city: string) {
  await page.goto(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`);
  const field = page.getByRole('textbox', { name: 'City (optional)', exact: true });
  await expect(field).toHaveValue('Zürich');
  await field.fill(city);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
}

async function openAuditEntry(page: Page) {
  // A table, or cards on a phone.
  const name = 'Audit of changes';
  const entries = page
    .getByRole('table', { name })
    .getByRole('row')
    .or(page.getByRole('list', { name }).getByRole('listitem'));
  const row = entries.filter({ hasText: TARGET });
  await expect(row).toContainText('Done');
  await row.getByText('1 field changed').click();
  return row;
}

test('a customer change shows in Audit with its old and new value, after a reload too', async ({
  page,
  axe,
}) => {
  await openDemo(page, 'operator');
  await changeCity(page, 'Bülach');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit' })).toBeVisible();
  const row = await openAuditEntry(page);
  await expect(row.getByRole('term')).toHaveText('city');
  await expect(row.getByRole('definition')).toContainText('Zürich');
  await expect(row.getByRole('definition')).toContainText('Bülach');
  expect(await axe()).toEqual([]);

  await page.reload();
  await expect(await openAuditEntry(page)).toContainText('Bülach');
});

test.describe('at 360 px in dark mode', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 360, height: 740 } });

  test('the audit fits the screen and is axe-clean', async ({ page, axe }) => {
    await openDemo(page, 'operator');
    await page.goto('/audit');
    await expect(page.getByText('No changes recorded yet')).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await axe()).toEqual([]);

    await changeCity(page, 'Genève');
    await page.goto('/audit');
    await openAuditEntry(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, '/audit scrolls sideways').toBeLessThanOrEqual(0);
    expect(await axe()).toEqual([]);
  });
});
