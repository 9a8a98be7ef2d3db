import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { expect, openDemo, test } from './fixtures';

// Bulk delete on the demo: select two groups, see the cost against the budget, run, read the
// summary, and find the list without them. The list, the confirmation and the summary get an axe scan.

const CUSTOMER = DEMO_CUSTOMER_NUMBER;
const GONE = ['Externe Partner', 'Support'];

test('bulk delete of groups: select, confirm with its cost, summary, list updated', async ({ page, axe }) => {
  await openDemo(page, 'operator');
  await page.goto(`/directory/${CUSTOMER}/groups`);
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();

  for (const name of GONE) await page.getByRole('checkbox', { name: `Select group ${name}` }).check();
  const toolbar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(toolbar.getByRole('status')).toHaveText('2 selected');
  await expect(page.getByRole('checkbox', { name: /^Select all \d+ shown groups$/ })).not.toBeChecked();
  expect(await axe({ exclude: ['[data-sonner-toaster]'] })).toEqual([]);

  await toolbar.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete 2 groups of customer ${CUSTOMER}?` });
  // Each step of the dialog puts the keyboard on its safe control: Cancel here, Close at the end.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog).toContainText(
    /Cost: 2 requests; [\d,]+ remain, 180 kept in reserve; no wait for the refill\./,
  );
  expect(await axe({ exclude: ['[data-sonner-toaster]'] })).toEqual([]);

  const deletes = page.waitForRequest((r) => r.method() === 'DELETE' && r.url().includes('Support'));
  await dialog.getByRole('button', { name: 'Delete 2 groups' }).press('Enter');
  await deletes;
  await expect(dialog.getByText('2 groups deleted.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  expect(await axe({ exclude: ['[data-sonner-toaster]'] })).toEqual([]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // The toolbar that opened it hides with the selection: the keyboard's place is the page's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeFocused();
  for (const name of GONE) await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Entwicklung', exact: true })).toBeVisible();
  await expect(toolbar).toBeHidden();
});
