import type { Page } from '@playwright/test';
import { toAsciiDomain } from '../src/api/domain/domain-name';
import { passwordIssue } from '../src/api/domain/password';
import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { expect, openDemo, test } from './fixtures';

// Issue #4 end to end, as a new user against the demo build's simulated API: create a user with a
// generated password; add a suffix and build the user's UPN from it; create a group; add the user
// and another group as members, see the change before saving, save, reload and find the members;
// delete the suffix and see the warning that names the user. Every directory page gets an axe scan.

const CUSTOMER = DEMO_CUSTOMER_NUMBER;
const FIRST = 'Renée';
const LAST = 'Zürcher-Bühl';
const DISPLAY = `${LAST}, ${FIRST}`;
const SUFFIX = 'neue-domäne.ch';
const SUFFIX_ASCII = toAsciiDomain(SUFFIX);
const GROUP = 'Projekt Alpha';

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function expectAxeClean(_page: Page, axe: (options?: { exclude?: string[] }) => Promise<unknown[]>) {
  // Toasts are the shell's; they come and go while the page is scanned.
  expect(await axe({ exclude: ['[data-sonner-toaster]'] })).toEqual([]);
}

test('a new user: user, suffix, UPN, group, members, suffix warning', async ({ page, axe }) => {
  // One long flow with a dozen axe scans: three times the usual room.
  test.slow();
  await openDemo(page, 'operator');

  // Customer context, from the main menu.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users & groups' }).click();
  await expect(h1(page, 'Users, groups and UPN suffixes')).toBeVisible();
  await expectAxeClean(page, axe);
  await page.getByRole('combobox', { name: 'Customer whose users to open' }).fill('bergwerk');
  await page.getByRole('option', { name: new RegExp(CUSTOMER) }).click();
  await expect(h1(page, 'Users')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/directory/${CUSTOMER}/users$`));
  await expect(page.getByRole('link', { name: 'Bühl, Kevin' })).toBeVisible();
  await expectAxeClean(page, axe);

  // 1. A user with a generated password, shown once with a copy button.
  await page.getByRole('link', { name: 'New user' }).click();
  await expect(h1(page, 'New user')).toBeVisible();
  await expectAxeClean(page, axe);
  await field(page, 'First name').fill(FIRST);
  await field(page, 'Last name').fill(LAST);
  await expect(page.getByRole('radio', { name: /Generate a strong password/ })).toBeChecked();
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: `${DISPLAY} was created` })).toBeVisible();
  const password = (await page.getByTestId('generated-password').textContent()) ?? '';
  expect(passwordIssue(password)).toBeNull();
  await expect(page.getByRole('button', { name: 'Copy password' })).toBeVisible();
  await expectAxeClean(page, axe);
  await page.getByRole('link', { name: 'Open the user' }).click();
  await expect(h1(page, DISPLAY)).toBeVisible();
  await expect(page.getByTestId('generated-password')).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);
  const userUrl = page.url();
  await expectAxeClean(page, axe);

  // 2. A new suffix (internationalised), then the user's UPN built from it.
  await page
    .getByRole('navigation', { name: 'Directory sections' })
    .getByRole('link', { name: 'UPN suffixes' })
    .click();
  await expect(h1(page, 'UPN suffixes')).toBeVisible();
  await expectAxeClean(page, axe);
  await field(page, 'Domain').fill(SUFFIX);
  await expect(page.getByText(`Will be added as ${SUFFIX_ASCII}`)).toBeVisible();
  await page.getByRole('button', { name: 'Add suffix' }).click();
  const suffixes = page.getByRole('table', { name: /^UPN suffixes of customer/ });
  await expect(suffixes).toContainText(`${SUFFIX} (${SUFFIX_ASCII})`);

  await page.goto(userUrl);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(h1(page, `Edit ${DISPLAY}`)).toBeVisible();
  await expectAxeClean(page, axe);
  await field(page, 'Name before the @').fill('renee');
  await page.getByRole('combobox', { name: 'UPN suffix' }).selectOption(SUFFIX_ASCII);
  await expect(page.getByText(`Signs in as renee@${SUFFIX_ASCII}`)).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(h1(page, DISPLAY)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(`renee@${SUFFIX_ASCII}`);

  // 3. A group.
  await page
    .getByRole('navigation', { name: 'Directory sections' })
    .getByRole('link', { name: 'Groups' })
    .click();
  await expect(h1(page, 'Groups')).toBeVisible();
  await expectAxeClean(page, axe);
  await page.getByRole('link', { name: 'New group' }).click();
  await expect(h1(page, 'New group')).toBeVisible();
  await expectAxeClean(page, axe);
  await field(page, 'Group name').fill(GROUP);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(h1(page, GROUP)).toBeVisible();

  // 4. The user and another group as members; the change is shown before saving.
  await page.getByRole('button', { name: 'Edit members' }).click();
  const editor = page.getByRole('form', { name: `Members of ${GROUP}` });
  const search = editor.getByRole('searchbox', { name: 'Find users and groups of this customer' });
  await search.fill('zurcher');
  await editor.getByRole('checkbox', { name: new RegExp(DISPLAY) }).check();
  await search.fill('entwicklung');
  await editor.getByRole('checkbox', { name: /^Entwicklung · Group/ }).check();
  const added = editor.getByRole('list', { name: 'Added members' });
  await expect(added).toContainText(`${DISPLAY} (user)`);
  await expect(added).toContainText('Entwicklung (group)');
  await expectAxeClean(page, axe);
  await editor.getByRole('button', { name: 'Review and save…' }).click();
  const review = page.getByRole('dialog', { name: `Save the members of ${GROUP}?` });
  await expect(review.getByRole('button', { name: 'Back to editing' })).toBeFocused();
  await expect(review).toContainText('exactly 2 members');
  await expect(review.getByRole('list', { name: 'Added members' })).toContainText(DISPLAY);
  await expectAxeClean(page, axe);
  const put = page.waitForRequest((r) => r.method() === 'PUT' && r.url().includes('/v1/customer/group/'));
  await review.getByRole('button', { name: 'Save members' }).click();
  const body = (await put).postDataJSON() as { members: string[] };
  expect(body.members).toEqual([
    `CN=${LAST}\\, ${FIRST},OU=Users,OU=${CUSTOMER},OU=Customers,DC=4b42,DC=com`,
    `CN=Entwicklung,OU=Groups,OU=${CUSTOMER},OU=Customers,DC=4b42,DC=com`,
  ]);
  // (The dialog's root has no size of its own: check its content, and the saved list.)
  await expect(review.getByRole('button', { name: 'Save members' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Members (2)' })).toBeVisible();

  // 5. Reload: the members are there, readable.
  await page.reload();
  await expect(h1(page, GROUP)).toBeVisible();
  const members = page.getByRole('region', { name: 'Members (2)' });
  await expect(members.getByRole('link', { name: DISPLAY })).toBeVisible();
  await expect(members.getByRole('link', { name: 'Entwicklung' })).toBeVisible();
  await expect(members).toContainText(`Customers › ${CUSTOMER} › Users`);
  await expect(members).toContainText(`Customers › ${CUSTOMER} › Groups`);
  await expectAxeClean(page, axe);

  // 6. Deleting the suffix names the user still signing in with it.
  await page
    .getByRole('navigation', { name: 'Directory sections' })
    .getByRole('link', { name: 'UPN suffixes' })
    .click();
  await page.getByRole('button', { name: `Delete ${SUFFIX} (${SUFFIX_ASCII})` }).click();
  const dialog = page.getByRole('dialog', { name: `Delete the UPN suffix ${SUFFIX} (${SUFFIX_ASCII})?` });
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText(`1 user still signs in with @${SUFFIX_ASCII}`);
  await expect(warning).toContainText(DISPLAY);
  await expectAxeClean(page, axe);
  await dialog.getByRole('textbox').fill(SUFFIX_ASCII);
  await dialog.getByRole('button', { name: 'Delete suffix' }).click();
  await expect(dialog.getByRole('button', { name: 'Delete suffix' })).toBeHidden();
  await expect(suffixes).not.toContainText(SUFFIX_ASCII);
});

// The add form stays above the list with the focus in its emptied field: leaving it must not say
// "Enter a domain name" and push the list down under the pointer, losing the next click.
test('after adding a suffix, the first click on a row’s Delete asks, and the empty field says nothing', async ({
  page,
}) => {
  await openDemo(page);
  await page.goto(`/directory/${CUSTOMER}/suffixes`);
  const domain = field(page, 'Domain');
  await domain.fill('walk-added.ch');
  await page.getByRole('button', { name: 'Add suffix' }).click();
  const suffixes = page.getByRole('table', { name: /^UPN suffixes of customer/ });
  await expect(suffixes).toContainText('walk-added.ch');
  await expect(domain).toHaveValue('');
  await expect(domain).toBeFocused();

  await suffixes.getByRole('button', { name: 'Delete bergwerk-digital.com' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete the UPN suffix bergwerk-digital\.com/ });
  await expect(dialog.getByRole('button', { name: 'Delete suffix' })).toBeVisible();
  await expect(domain).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a domain name')).toHaveCount(0);
});

// Pressing the radio moves focus out of the UPN box, whose message then appears above the radio:
// the press must still end on the radio, or the click is lost.
test('after a bad UPN, the first click on “Type a password” picks it, then the UPN’s message shows', async ({
  page,
}) => {
  await openDemo(page);
  await page.goto(`/directory/${CUSTOMER}/users/new`);
  await page.getByRole('textbox', { name: /^Name before the @/ }).fill('bad name');
  const typeIt = page.getByRole('radio', { name: 'Type a password' });
  await typeIt.click();
  await expect(typeIt).toBeChecked();
  await expect(page.getByRole('textbox', { name: /^Name before the @/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
});

test('a customer-scoped key sees only its own directory', async ({ page, axe }) => {
  await openDemo(page, 'customer');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users & groups' }).click();
  await expect(h1(page, 'Users')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/directory/${CUSTOMER}/users$`));
  const context = page.getByRole('region', { name: 'Customer context' });
  await expect(context).toContainText('This key reaches only this customer');
  await expect(context.getByRole('combobox')).toHaveCount(0);
  await expectAxeClean(page, axe);
});

test('the users list gives the room of the hidden DN column to the UPN, not to the checkboxes', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.goto(`/directory/${CUSTOMER}/users`);
  const table = page.getByTestId('users-scroller').getByRole('table');
  const box = async (name: string | RegExp) =>
    (await table.getByRole('columnheader', { name, exact: true }).boundingBox()) ?? { x: 0, width: 0 };
  await expect(table.getByRole('columnheader', { name: 'Name', exact: true })).toBeVisible();
  const tableBox = (await table.boundingBox()) ?? { x: 0, width: 0 };
  // The checkbox column stays as narrow as its box (it was a third of the table wide).
  expect((await box(/Select all/)).width).toBeLessThan(60);
  expect((await box('Name')).x - tableBox.x).toBeLessThan(60);
  expect((await box('UPN')).width).toBeGreaterThan(tableBox.width / 3);
});

const PHONE_PAGES: [string, string][] = [
  [`/directory/${CUSTOMER}/users`, 'Users'],
  [`/directory/${CUSTOMER}/users/new`, 'New user'],
  [`/directory/${CUSTOMER}/users/${CUSTOMER}_1`, 'Bühl, Kevin'],
  [`/directory/${CUSTOMER}/users/${CUSTOMER}_1/edit`, 'Edit Bühl, Kevin'],
  [`/directory/${CUSTOMER}/groups`, 'Groups'],
  [`/directory/${CUSTOMER}/groups/new`, 'New group'],
  [`/directory/${CUSTOMER}/groups/Entwicklung`, 'Entwicklung'],
  [`/directory/${CUSTOMER}/suffixes`, 'UPN suffixes'],
];

/** Dark mode is on and the page itself never scrolls sideways (wide tables scroll in their own box). */
async function expectFitsDark(page: Page) {
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test.describe('at 360 px in dark mode', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  for (const [path, title] of PHONE_PAGES) {
    test(`${path} fits and passes axe`, async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.goto(path);
      await expect(h1(page, title)).toBeVisible();
      await expectFitsDark(page);
      await expectAxeClean(page, axe);
    });
  }

  test('a user’s groups, looked up, fit and pass axe', async ({ page, axe }) => {
    await openDemo(page, 'operator');
    await page.goto(`/directory/${CUSTOMER}/users/${CUSTOMER}_1`);
    await expect(h1(page, 'Bühl, Kevin')).toBeVisible();
    const groups = page.getByRole('region', { name: 'Member of' });
    await groups.getByRole('button', { name: 'Look up groups' }).click();
    await expect(groups.getByRole('link', { name: 'Entwicklung' })).toBeVisible();
    await expect(groups).toContainText('Alle Mitarbeitenden (through Entwicklung)');
    await expectFitsDark(page);
    await expectAxeClean(page, axe);
  });

  test('the member editor, open with a change, fits and passes axe', async ({ page, axe }) => {
    await openDemo(page, 'operator');
    await page.goto(`/directory/${CUSTOMER}/groups/Entwicklung`);
    await expect(h1(page, 'Entwicklung')).toBeVisible();
    await page.getByRole('button', { name: 'Edit members' }).click();
    await page.getByRole('searchbox', { name: 'Find users and groups of this customer' }).fill('support');
    await page.getByRole('checkbox', { name: /^Support · Group/ }).check();
    await expect(page.getByRole('list', { name: 'Added members' })).toContainText('Support (group)');
    await expectFitsDark(page);
    await expectAxeClean(page, axe);
  });
});
