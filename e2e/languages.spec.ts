import type { Page } from '@playwright/test';
import { DEMO_CUSTOMER_NUMBER } from '../src/mocks/demo-keys';
import { expect, test } from './fixtures';

const C = DEMO_CUSTOMER_NUMBER;

/** Every page of the operator's console, as a link would open it. */
const PAGES = [
  '/',
  '/customers',
  `/customers/${C}`,
  `/customers/${C}/edit`,
  '/customers/new',
  '/directory',
  `/directory/${C}`,
  `/directory/${C}/users`,
  `/directory/${C}/users/${C}_1`,
  `/directory/${C}/users/${C}_1/edit`,
  `/directory/${C}/users/new`,
  `/directory/${C}/groups`,
  `/directory/${C}/groups/Entwicklung`,
  `/directory/${C}/groups/new`,
  `/directory/${C}/suffixes`,
  '/dns',
  '/dns/500001',
  '/dns/500001/bergwerk.ch',
  '/dns/new',
  '/servers',
  '/servers/300101',
  '/internet',
  '/internet/asns',
  '/internet/asns/new',
  '/internet/asns/2/edit',
  '/internet/exchanges',
  '/internet/ipv4',
  '/internet/resources',
  '/internet/tunnel',
  '/internet/abuse?resource=193.33.95.20',
  '/tools',
  '/tools/ssh',
  '/tools/movie?name=Avatar',
  '/explorer?endpoint=customer.get',
  '/errors',
  '/audit',
];

/**
 * English text on the page that the catalogue has in another form for `locale`: a component that
 * did not follow the language, or a message its catalogue lacks. Text the console writes without
 * the catalogue is found by the source scan (src/i18n/catalogue-complete.test.ts).
 */
function englishLeft(page: Page, locale: string): Promise<string[]> {
  return page.evaluate((locale) => {
    type Json = string | { [key: string]: Json };
    const i18n = (
      globalThis as { __4b42I18n?: { cache: Record<string, Record<string, Record<string, Json>>> } }
    ).__4b42I18n;
    if (!i18n) return ['the demo build does not expose its catalogue'];
    const flat = (value: Json | undefined): string[] =>
      value === undefined
        ? []
        : typeof value === 'string'
          ? [value.trim()]
          : Object.values(value).flatMap(flat);
    const translated = i18n.cache[locale] ?? {};
    const everyTranslation = new Set(
      Object.values(translated).flatMap((ns) => Object.values(ns).flatMap(flat)),
    );
    const english = new Map<string, string>();
    for (const [name, messages] of Object.entries(i18n.cache.en ?? {})) {
      for (const [key, value] of Object.entries(messages)) {
        const own = flat(translated[name]?.[key]);
        for (const text of flat(value)) {
          if (
            text.includes('{') ||
            !/[A-Za-z]{3}/.test(text) ||
            own.includes(text) ||
            everyTranslation.has(text)
          )
            continue;
          english.set(text, `${name}.${key}`);
        }
      }
    }
    const shown: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim();
      if (text) shown.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) shown.push(value);
      }
    }
    return [
      ...new Set(shown.filter((text) => english.has(text)).map((text) => `${english.get(text)}: ${text}`)),
    ];
  }, locale);
}

async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main .animate-spin')).toHaveCount(0);
}

test.describe('in German and French', () => {
  // The browser asks for Swiss German: the console starts in German without being told.
  test.use({ locale: 'de-CH' });

  for (const path of PAGES) {
    test(`${path} speaks German, then French, and passes axe`, async ({ page, axe }) => {
      await page.goto('/demo');
      await expect(page.locator('main h1').first()).toBeVisible();
      await page.goto(path);
      await settled(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      expect(await englishLeft(page, 'de')).toEqual([]);
      expect(await axe()).toEqual([]);

      await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await settled(page);
      expect(await englishLeft(page, 'fr')).toEqual([]);
      expect(await axe()).toEqual([]);
    });
  }

  test('on a phone, a card’s long German label wraps instead of being cut off', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/demo');
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.goto('/internet/asns');
    const prices = page.getByRole('region', { name: 'Preise' });
    const label = prices.locator('dt', { hasText: 'Verlängerung (jährlich)' }).first();
    await expect(label).toBeVisible();
    const cut = await prices
      .locator('dt')
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth).map((l) => l.textContent));
    expect(cut).toEqual([]);
  });

  test('on a phone, no German or French hint in a box is cut off', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/demo');
    await expect(page.locator('main h1').first()).toBeVisible();
    /** Boxes whose placeholder is wider than their room for text, as "placeholder (px > px)". */
    const cutHints = () =>
      page.locator('main input[placeholder]').evaluateAll((inputs) => {
        const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        return (inputs as HTMLInputElement[]).flatMap((input) => {
          const style = getComputedStyle(input);
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const needed = context.measureText(input.placeholder).width;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return needed > room + 1
            ? [`${input.placeholder} (${Math.round(needed)} > ${Math.round(room)})`]
            : [];
        });
      });
    for (const language of ['de', 'fr']) {
      if (language === 'fr') {
        await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
        await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      }
      for (const path of ['/customers', '/customers/new', '/directory/10000001/users', '/dns/500002']) {
        await page.goto(path);
        await settled(page);
        await expect(page.locator('main input[placeholder]').first()).toBeVisible();
        expect(await cutHints(), `${language} ${path}`).toEqual([]);
      }
    }
  });

  test('the connect screen speaks German before any key is given', async ({ page, axe }) => {
    await page.goto('/connect');
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    expect(await englishLeft(page, 'de')).toEqual([]);
    expect(await axe()).toEqual([]);
  });
});

test('the sweep finds English left on a German page', async ({ page }) => {
  await page.goto('/connect');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(await englishLeft(page, 'de')).toEqual([]);
  // What a component that missed the switch would still show: its English label.
  await page.evaluate(() =>
    document
      .querySelector('main')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'Language' })),
  );
  expect(await englishLeft(page, 'de')).toEqual(['language/select.label: Language']);
});

test('a chosen language outlives a reload and English comes back when chosen', async ({ page }) => {
  await page.goto('/demo');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});
