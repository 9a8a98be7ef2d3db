import type { Locator, Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '../src/mocks/demo-keys';
import { expect, openDemo, test } from './fixtures';

/** The number the rate-limit banner shows as remaining. */
async function remaining(page: Page): Promise<number> {
  const banner = page.getByText(/^Rate limit( low)?: [\d,]+ \/ [\d,]+/);
  await expect(banner).toBeVisible();
  const match = /: ([\d,]+) \//.exec((await banner.textContent()) ?? '');
  return Number(match?.[1]?.replaceAll(',', ''));
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('a new user opens the demo and watches the budget fall as they navigate', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/connect/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Rate limit: not measured yet')).toHaveCount(0);

  await openDemo(page, 'operator');
  await nav(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Customers/ })).toBeVisible();

  // Pages in quick succession: each costs at least one request.
  await page.goto(`/customers/${DEMO_CUSTOMER_NUMBER}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/explorer?endpoint=exchange.list');
  const send = page.getByRole('button', { name: 'Send request' });
  await send.click();
  await expect(page.getByText('SBIX').first()).toBeVisible();

  // The budget refills one a second, and a reload on a slow machine takes longer than that: so
  // the fall is measured over calls sent back to back, faster than the refill.
  const before = await remaining(page);
  for (let call = 0; call < 5; call += 1) {
    await send.click();
    await expect(send).toBeEnabled();
  }
  expect(await remaining(page)).toBeLessThan(before);
});

test('the README’s /demo link shows the simulated API’s budget at once, on a page that calls nothing', async ({
  page,
}) => {
  await page.goto('/demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // The Overview sends no request: the figure is the simulated API's own bucket for the key.
  await expect(page.getByText(/^Rate limit: 3,600 \/ 3,600 · full$/)).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Request log' }).click();
  await expect(page.getByRole('dialog', { name: /Request log/ })).toContainText('No calls yet');
});

test('a wrong key is refused with 401 and its documented meaning, and nothing typed is lost', async ({
  page,
}) => {
  await page.goto('/connect');
  await page.getByLabel('Base URL').fill('/demo-api/v1');
  await page.getByLabel('API key', { exact: true }).fill('not-a-real-key');
  await page.getByRole('radio', { name: /Bearer/ }).check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();

  const alert = page.getByRole('alert').filter({ hasText: '401' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('unauthorized');
  await expect(alert).toContainText('Request was made with an invalid or unknown token');
  await expect(page).toHaveURL(/\/connect/);
  await expect(page.getByLabel('API key', { exact: true })).toHaveValue('not-a-real-key');

  // The older header style gets the older dialect's code.
  await page.getByRole('radio', { name: /4b42-KEY/ }).check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'INVALID_APIKEY' })).toContainText(
    'The apikey sent in the header is wrong or inactive',
  );
  expect(page.url()).not.toContain('not-a-real-key');
});

test('an injected 429 counts down to the reset and the console recovers without signing out', async ({
  page,
}) => {
  await openDemo(page, 'operator');
  await page.getByRole('button', { name: 'Demo controls' }).click();
  await expect(page.getByRole('heading', { name: 'Demo controls' })).toBeVisible();
  const panel = page.getByRole('dialog');
  await panel.getByLabel('Status', { exact: true }).fill('429');
  await panel.getByLabel('Code', { exact: true }).fill('rate_limit_exceeded');
  await panel.getByLabel('Retry-After in seconds').fill('4');
  await panel.getByRole('button', { name: 'Fail the next call' }).click();
  await panel.getByRole('button', { name: 'Close demo controls' }).click();

  await nav(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByText(/^Rate limit reached · next request in 0:0\d/)).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'rate_limit_exceeded' });
  await expect(alert).toContainText('Error when sending too many requests');
  await expect(alert).toContainText('429');

  // After the countdown the banner is back and the page can be retried; the key is still there.
  await expect(page.getByText(/^Rate limit( low)?: [\d,]+ \/ 3,600/)).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL(/\/customers/);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Customers/ })).toBeVisible();
});

test.describe('explorer', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('sends a request and copies it as curl without the key', async ({ page }) => {
    await openDemo(page, 'operator');
    await page.goto('/explorer');
    await page.getByRole('button', { name: /GET \/v1\/customer\/\{customerNumber\}/ }).click();
    await expect(page).toHaveURL(/endpoint=customer\.get/);
    await page.getByRole('textbox', { name: /customerNumber/ }).fill(DEMO_CUSTOMER_NUMBER);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Status 200' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Response body' })).toContainText(
      `"name": "${DEMO_CUSTOMER_NUMBER}"`,
    );

    await page.getByRole('button', { name: 'Copy as curl' }).click();
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toContain(`/demo-api/v1/customer/${DEMO_CUSTOMER_NUMBER}`);
    expect(curl).toContain('$API_KEY');
    expect(curl).not.toContain(demoKey('operator').key);

    // A reload shows the same endpoint.
    await page.reload();
    await expect(page.getByRole('textbox', { name: /customerNumber/ })).toBeVisible();
  });
});

const AXE_PAGES = [
  '/',
  '/customers',
  `/customers/${DEMO_CUSTOMER_NUMBER}`,
  '/customers/new',
  `/customers/${DEMO_CUSTOMER_NUMBER}/edit`,
  `/directory/${DEMO_CUSTOMER_NUMBER}/users`,
  `/directory/${DEMO_CUSTOMER_NUMBER}/groups`,
  `/directory/${DEMO_CUSTOMER_NUMBER}/suffixes`,
  '/explorer',
  '/explorer?endpoint=customer.create',
  '/no-such-page',
];

// One page per test, in each theme (the system preference; no theme stored).
for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} mode`, () => {
    test.use({ colorScheme: theme });

    const expectTheme = (page: Page) =>
      expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);

    test('/connect passes an axe scan', async ({ page, axe }) => {
      await page.goto('/connect');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectTheme(page);
      expect(await axe()).toEqual([]);
    });

    for (const path of AXE_PAGES) {
      test(`${path} passes an axe scan`, async ({ page, axe }) => {
        await openDemo(page, 'operator');
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText('Loading…')).toHaveCount(0);
        await expectTheme(page);
        expect(await axe()).toEqual([]);
      });
    }

    test('the request log passes an axe scan', async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.getByRole('button', { name: 'Request log' }).first().click();
      await expect(page.getByRole('heading', { name: 'Request log' })).toBeVisible();
      await expectTheme(page);
      expect(await axe()).toEqual([]);
    });

    test('the demo controls pass an axe scan', async ({ page, axe }) => {
      await openDemo(page, 'operator');
      await page.getByRole('button', { name: 'Demo controls' }).click();
      await expect(page.getByRole('heading', { name: 'Demo controls' })).toBeVisible();
      await expectTheme(page);
      expect(await axe()).toEqual([]);
    });
  });
}

test.describe('at a phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ['/', '/customers', '/explorer?endpoint=customer.create', '/errors']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await openDemo(page, 'operator');
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the connection and the rate limit share a row while the limit’s text fits beside it', async ({
    page,
  }) => {
    await openDemo(page, 'operator');
    const header = page.getByRole('banner');
    const connection = header.getByText('Demo · Operator');
    // The banner carries its whole text as its tooltip (`title`); a status for screen readers repeats it.
    const full = header.getByTitle('Rate limit: 3,600 / 3,600 · full');
    const low = header.getByTitle(/^Rate limit low:/);
    const place = async (element: Locator) => {
      const box = await element.boundingBox();
      if (!box) throw new Error('a header element has no box');
      return { middle: box.y + box.height / 2, top: box.y, bottom: box.y + box.height };
    };
    await expect(full).toBeVisible();
    const side = await place(full);
    expect(Math.abs(side.middle - (await place(connection)).middle)).toBeLessThanOrEqual(2);

    // A warning is longer: it takes a row of its own, under the connection, rather than squeezing.
    await page.getByRole('button', { name: 'Demo controls' }).click();
    const panel = page.getByRole('dialog', { name: 'Demo controls' });
    await panel.getByRole('button', { name: 'Use up the rate limit' }).click();
    await panel.getByRole('button', { name: 'Close demo controls' }).click();
    await expect(panel).toBeHidden();
    await expect(low).toBeVisible();
    expect((await place(low)).top).toBeGreaterThanOrEqual((await place(connection)).bottom);
  });

  test('once the header scrolls away, a pill in the corner keeps the rate limit in view', async ({
    page,
    axe,
  }) => {
    await openDemo(page, 'operator');
    await page.goto('/customers');
    await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    // The banner's text ends "· full"; the pill's is the count alone.
    const pill = page.getByText(/^Rate limit: [\d,]+ \/ 3,600$/);
    const banner = page.getByRole('banner').getByText(/^Rate limit: [\d,]+ \/ 3,600 · /);
    await expect(banner).toBeInViewport();
    await expect(pill).toHaveCount(0);

    // To the end of the page, as a thumb would.
    await page.mouse.wheel(0, 5000);
    await expect
      .poll(() =>
        page.evaluate(() => window.scrollY + window.innerHeight - document.documentElement.scrollHeight),
      )
      .toBeGreaterThanOrEqual(-1);
    await expect(page.getByRole('banner')).not.toBeInViewport();
    await expect(pill).toBeVisible();
    const count = (text: string | null) => /: (\d+) \//.exec(text ?? '')?.[1];
    expect(count(await pill.textContent())).toBe(count(await banner.textContent()));
    // At the end of the page the pill sits below the last of the page, not over it.
    const main = await page.locator('main').boundingBox();
    const corner = await pill.boundingBox();
    expect((main?.y ?? 0) + (main?.height ?? 0)).toBeLessThanOrEqual(corner?.y ?? 0);
    expect(await axe()).toEqual([]);

    await page.mouse.wheel(0, -5000);
    await expect(pill).toHaveCount(0);
  });

  test('the main menu opens from the Menu button', async ({ page }) => {
    await openDemo(page, 'operator');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav(page).getByRole('link', { name: 'Customers' })).toBeVisible();
  });
});

test.describe('the header at 1280 px', () => {
  // German and French have the longest labels; the browser asks for Swiss German.
  test.use({ locale: 'de-CH', viewport: { width: 1280, height: 800 } });

  /** Every control of the header's row shares one line: their vertical centres agree. */
  async function expectOneRow(
    page: Page,
    names: { language: string; theme: string; log: string; demo: string; signOut: string },
  ) {
    const header = page.getByRole('banner');
    const controls = [
      header.getByRole('link', { name: '4b42 Console' }),
      header.getByRole('button', { name: /Ctrl|Strg/ }),
      header.getByRole('combobox', { name: names.language }),
      header.getByRole('group', { name: names.theme }),
      header.getByRole('button', { name: names.log }),
      header.getByRole('button', { name: names.demo }),
      header.getByRole('button', { name: names.signOut }),
    ];
    const centres: number[] = [];
    for (const control of controls) {
      await expect(control).toBeVisible();
      const box = await control.boundingBox();
      if (!box) throw new Error('a header control has no box');
      centres.push(box.y + box.height / 2);
    }
    const [first] = centres;
    for (const centre of centres) expect(Math.abs(centre - (first ?? 0))).toBeLessThanOrEqual(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  test('keeps its actions on one line in German and French, and passes axe', async ({ page, axe }) => {
    await page.goto('/demo');
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expectOneRow(page, {
      language: 'Sprache',
      theme: 'Farbschema',
      log: 'Anfrageprotokoll',
      demo: 'Demo-Steuerung',
      signOut: 'Abmelden',
    });
    expect(await axe()).toEqual([]);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expectOneRow(page, {
      language: 'Langue',
      theme: 'Thème',
      log: 'Journal des requêtes',
      demo: 'Commandes de la démo',
      signOut: 'Se déconnecter',
    });
    expect(await axe()).toEqual([]);
  });
});
