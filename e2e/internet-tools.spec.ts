import type { Page } from '@playwright/test';
import { type A11yViolation, expect, openDemo, test } from './fixtures';

// Internet resources and tools as a new user would try them, against the demo build's simulated
// API: one flow per test.

/** The refusals provoked here show in Chromium's console; they are what the pages explain. */
test.use({ consoleErrorAllowList: [/status of (402|403|404|409)/] });

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function expectAxeClean(axe: () => Promise<A11yViolation[]>) {
  expect(await axe()).toEqual([]);
}

/** Opens the demo controls, runs `act` in the panel, and closes it again. */
async function inDemoControls(page: Page, act: (panel: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await act(panel);
  await panel.getByRole('button', { name: 'Close demo controls' }).click();
  await expect(panel).toBeHidden();
}

test('check the price of an AS number, then order one', async ({ page, axe }) => {
  await openDemo(page, 'operator');
  await page
    .getByRole('navigation', { name: /main/i })
    .getByRole('link', { name: 'Internet resources' })
    .first()
    .click();
  await expect(h1(page, 'AS numbers')).toBeVisible();

  const prices = page.getByRole('region', { name: 'Prices', exact: true });
  const asRow = prices.getByRole('row', { name: /AS number asn_pi_32bit/ });
  await expect(asRow).toContainText(/CHF\s100\.00/);
  await expect(prices).toContainText('The API names no currency; CHF is assumed');
  await expect(prices).toContainText('provider-independent');
  // The currency choice is as wide as its three letters, beside its label, not the card's width.
  const currency = await prices.getByRole('combobox', { name: 'Currency' }).boundingBox();
  expect(currency?.width).toBeLessThan(160);
  await expectAxeClean(axe);

  await page.getByRole('link', { name: 'Order an AS number' }).click();
  await expect(h1(page, 'Order an AS number')).toBeVisible();
  await page.getByRole('textbox', { name: 'AS name' }).fill('AS-BERGWERK');
  // Enter submits from the field (a click right after typing can miss: the field's own error,
  // shown on blur, moves the button down between press and release — see the report).
  await page.getByRole('textbox', { name: 'AS name' }).press('Enter');
  // Every problem at once, each at its field; nothing sent.
  await expect(page.getByText('Enter the ORG-ID of the organisation, e.g. ORG-EXA1-RIPE')).toBeVisible();
  await expect(
    page.getByText('Names starting with AS- are reserved for AS sets in the RIPE Database (RFC 2622)'),
  ).toBeVisible();

  await page.getByRole('textbox', { name: 'RIPE ORG-ID' }).fill('org-bda1-ripe');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('CH');
  await page.getByRole('textbox', { name: 'AS name' }).fill('BERGWERK-AS');
  await page.getByRole('textbox', { name: 'Website (optional)' }).fill('https://www.bergwerk.ch');
  await page.getByRole('button', { name: 'Review price and order' }).click();

  const confirm = page.getByRole('dialog', { name: 'Confirm the order' });
  // It opens on Back: a stray Enter does not order.
  await expect(confirm.getByRole('button', { name: 'Back' })).toBeFocused();
  await expect(confirm).toContainText(/Now \(create\)\s*CHF\s100\.00/);
  await expect(confirm).toContainText(/Every year \(renew\)\s*CHF\s100\.00/);
  await expectAxeClean(axe);
  await confirm.getByRole('button', { name: /^Order for CHF\s100\.00$/ }).click();

  await expect(h1(page, 'AS numbers')).toBeVisible();
  await expect(page.getByRole('row', { name: /BERGWERK-AS/ })).toContainText('ORG-BDA1-RIPE');
});

test('Cancel on an AS number’s edit goes back to the list searched and sorted as it was left', async ({
  page,
}) => {
  await openDemo(page);
  await page.goto('/internet/asns');
  const table = page.getByRole('table', { name: 'AS numbers' });
  await table.getByRole('button', { name: 'Name' }).click();
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('searchbox', { name: 'Search AS numbers' }).fill('ch');
  await expect(table.getByRole('row')).toHaveCount(3);
  await table.getByRole('link', { name: 'Edit AS64500' }).click();
  await expect(h1(page, 'Update AS64500')).toBeVisible();

  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search AS numbers' })).toHaveValue('ch');
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('row').nth(1)).toContainText('SECUREBIT');
  await expect(table.getByRole('row').nth(2)).toContainText('RHEINHAFEN-AS');
});

test('a key without ordering cannot order, and is told where ordering is switched on', async ({
  page,
  axe,
}) => {
  await openDemo(page, 'no-ordering');
  await page.goto('/internet/asns');
  await expect(h1(page, 'AS numbers')).toBeVisible();
  const order = page.getByRole('button', { name: 'Order an AS number' });
  await expect(order).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('note')).toContainText('Ordering is not enabled for this key');
  await expect(page.getByRole('note')).toContainText('on the 4b42 website, under “Access”');
  // The order page says the same and sends nothing.
  await page.goto('/internet/asns/new');
  await expect(page.getByRole('button', { name: 'Review price and order' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expectAxeClean(axe);
});

test('an order the balance does not cover is refused with 402, the input kept', async ({ page }) => {
  await openDemo(page, 'operator');
  await page.goto('/internet/asns/new');
  await inDemoControls(page, (panel) => panel.getByRole('button', { name: 'Empty the balance' }).click());
  await page.getByRole('textbox', { name: 'RIPE ORG-ID' }).fill('ORG-BDA1-RIPE');
  await page.getByRole('combobox', { name: 'Country' }).selectOption('CH');
  await page.getByRole('textbox', { name: 'AS name' }).fill('BERGWERK-AS');
  await page.getByRole('button', { name: 'Review price and order' }).click();
  await page
    .getByRole('dialog', { name: 'Confirm the order' })
    .getByRole('button', { name: /^Order for/ })
    .click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('402');
  await expect(alert).toContainText('You do not have enough balance');
  await expect(page.getByRole('note')).toContainText('Not ordered: not enough balance');
  await expect(page.getByRole('textbox', { name: 'AS name' })).toHaveValue('BERGWERK-AS');
});

test('a tunnel to a private endpoint is refused at the field, then a public one is created', async ({
  page,
  axe,
}) => {
  await openDemo(page, 'operator');
  await page.goto('/internet/tunnel');
  await expect(h1(page, 'Layer-2 tunnel to an exchange')).toBeVisible();
  await expect(page.getByRole('note')).toContainText('peering LAN only');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/tunnel/layer2')) posts.push(r.url());
  });

  await page.getByRole('radio', { name: /GRETAP/ }).check();
  await page.getByRole('combobox', { name: 'Exchange' }).selectOption('3');
  const endpointField = page.getByRole('textbox', { name: 'Your endpoint' });
  await endpointField.fill('192.168.1.1');
  await page.getByRole('button', { name: 'Create tunnel' }).click();
  await expect(page.getByText('192.168.1.1 is private (192.168.0.0/16, RFC 1918)')).toBeVisible();
  await expect(endpointField).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toHaveLength(0);
  await expectAxeClean(axe);

  await endpointField.fill('185.221.60.17');
  await page.getByRole('button', { name: 'Create tunnel' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'GRETAP tunnel from 185.221.60.17 to exchange SwissIX created' }),
  ).toBeVisible();
  expect(posts).toHaveLength(1);
});

test('download the abuse report of a prefix, and preview it', async ({ page, axe }) => {
  await openDemo(page, 'operator');
  await page.goto('/internet/abuse');
  await page.getByRole('textbox', { name: 'Resource' }).fill('193.33.95.0/24');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page).toHaveURL(/resource=193\.33\.95\.0%2F24/);
  await expect(page.getByRole('heading', { name: '1 entry for 193.33.95.0/24' })).toBeVisible();
  await expect(page.getByText('Outgoing UDP amplification traffic')).toBeVisible();

  await page.getByRole('button', { name: 'Get the report for 193.33.95.0/24' }).click();
  const link = page.getByRole('link', { name: 'Download abuse-193.33.95.0-24.pdf' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('abuse-193.33.95.0-24.pdf');
  await expect(
    page.frameLocator('iframe[title="Abuse report for 193.33.95.0/24"]').locator('body'),
  ).toBeAttached();
  await expectAxeClean(axe);

  // Nothing reported is said so, for the list and for the report.
  await page.getByRole('textbox', { name: 'Resource' }).fill('8.8.8.8');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByText('Nothing reported for 8.8.8.8')).toBeVisible();
});

test('a lookup’s button stays level with its field when the field says what is wrong', async ({ page }) => {
  await openDemo(page, 'operator');
  await page.goto('/internet/abuse');
  const field = page.getByRole('textbox', { name: 'Resource' });
  const button = page.getByRole('button', { name: 'Look up' });
  const middle = async (at: typeof field) => {
    const box = await at.boundingBox();
    return box ? box.y + box.height / 2 : Number.NaN;
  };
  await field.fill('not a resource');
  await button.click();
  await expect(page.getByText(/^Enter an IP address/)).toBeVisible();
  expect(Math.abs((await middle(button)) - (await middle(field)))).toBeLessThanOrEqual(2);
});

test('an SSH check twice, with the host key changed in between, warns loudly', async ({ page, axe }) => {
  await openDemo(page, 'operator');
  await page.goto('/tools/ssh');
  const host = page.getByRole('textbox', { name: 'Host' });
  await host.fill('ssh.securebit.ch');
  await page.getByRole('button', { name: 'Check' }).click();
  const result = page.getByRole('region', { name: 'SSH check of ssh.securebit.ch' });
  await expect(result).toContainText('4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd');
  await expect(result).toContainText('AS58057');
  await expect(result).toContainText('Securebit AG');
  await expect(result).toContainText('Switzerland (CH)');
  await expect(result).toContainText('First check of this host on this device');
  await expectAxeClean(axe);

  await inDemoControls(page, async (panel) => {
    await panel.getByLabel('SSH host').selectOption('ssh.securebit.ch');
    await panel.getByRole('button', { name: 'Change its host key' }).click();
  });
  await page.getByRole('button', { name: 'Check' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'the host key of ssh.securebit.ch has changed' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('4b:42:d4:82');
  await expectAxeClean(axe);
});

const PHONE_PAGES: [string, string][] = [
  ['/internet/asns', 'AS numbers'],
  ['/internet/asns/new', 'Order an AS number'],
  ['/internet/asns/2/edit', 'Update AS64500'],
  ['/internet/exchanges', 'Internet exchanges'],
  ['/internet/ipv4', 'Available IPv4 ranges'],
  ['/internet/resources', 'Internet resources'],
  ['/internet/tunnel', 'Layer-2 tunnel to an exchange'],
  ['/internet/abuse?resource=193.33.95.20', 'Abuse reports'],
  ['/tools/ssh', 'SSH check'],
  ['/tools/movie?name=Avatar', 'Movie lookup'],
];

test.describe('at 360 px in dark mode', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  // One page per test: each fits the phone width, links its call in the explorer and passes axe.
  for (const [path, title] of PHONE_PAGES) {
    test(`${path} fits and passes axe`, async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.goto(path);
      await expect(h1(page, title)).toBeVisible();
      await expect(page.getByRole('link', { name: /Open in API explorer/ }).first()).toBeVisible();
      if (path.startsWith('/tools/movie')) {
        await expect(page.getByRole('heading', { name: /Avatar \(2009\)/ })).toBeVisible();
        await expect(page.getByRole('img', { name: 'Poster of Avatar' })).toBeVisible();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAxeClean(axe);
    });
  }
  test('the row of sections shows the page’s own, even when it is the last', async ({ page }) => {
    await openDemo(page, 'operator');
    await page.goto('/internet/abuse');
    await expect(h1(page, 'Abuse reports')).toBeVisible();
    const sections = page.getByRole('navigation', { name: 'Internet resources' });
    // In full, to a fraction of a pixel (the row's scroll width is rounded).
    await expect(sections.getByRole('link', { name: 'Abuse', exact: true })).toBeInViewport({ ratio: 0.98 });
    // The row scrolled sideways only: the page itself stays at its top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
