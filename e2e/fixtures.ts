import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_KEYS, type DemoKey } from '../src/mocks/demo-keys';
import { SANDBOX_ORIGINS } from './sandbox';

/**
 * The e2e harness: import `test` and `expect` from here, not from '@playwright/test'.
 *
 * - Every test gets a fresh browser context (fresh localStorage), so the simulated API's
 *   database starts from its seed.
 * - A console error or an uncaught page error fails the test (see `consoleErrorAllowList`).
 * - `axe()` scans the page for WCAG 2.1 A/AA violations.
 * - `openDemo(page, keyId)` connects to the simulated API with one of the demo keys.
 */

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A violation reduced to what a failing assertion should print. */
export interface A11yViolation {
  id: string;
  impact: AxeViolation['impact'];
  help: string;
  helpUrl: string;
  targets: string[];
}

export interface AxeOptions {
  /** Limit the scan to these selectors (default: the whole page). */
  include?: string[];
  exclude?: string[];
  disableRules?: string[];
}

interface Fixtures {
  /** Scans the current page: `expect(await axe()).toEqual([])`. */
  axe: (options?: AxeOptions) => Promise<A11yViolation[]>;
  /**
   * Chromium logs every HTTP error response as a console error ("Failed to load resource: the
   * server responded with a status of 403"). Error responses from the simulated API (`/demo-api/`,
   * or the sandbox server's `/v1/`) are what the console is about, so they are tolerated by default; the page must still show
   * them. Set to false to count them too. A failed load of the app's own files always counts.
   */
  allowApiErrorResponses: boolean;
  /** Console errors matching one of these are tolerated. Use sparingly: `test.use({ consoleErrorAllowList: [/…/] })`. */
  consoleErrorAllowList: RegExp[];
  /** Console errors and uncaught page errors seen so far; the test fails if any remain at the end. */
  pageErrors: string[];
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const test = base.extend<Fixtures>({
  allowApiErrorResponses: [true, { option: true }],
  consoleErrorAllowList: [[], { option: true }],

  pageErrors: [
    async ({ page, allowApiErrorResponses, consoleErrorAllowList }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        const { url, lineNumber } = message.location();
        if (consoleErrorAllowList.some((re) => re.test(text))) return;
        if (allowApiErrorResponses && isApiErrorResponse(text, url)) return;
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        // A DOMException's stack is empty: its name and message are what says what failed.
        errors.push(`uncaught: ${error.stack || `${error.name}: ${error.message}`}`);
      });
      await use(errors);
      // A test that already failed keeps its own message; the errors go into the report.
      if (errors.length > 0) {
        await testInfo.attach('page-errors', { body: errors.join('\n\n'), contentType: 'text/plain' });
      }
      if (testInfo.status === testInfo.expectedStatus) {
        expect(errors, 'console errors or uncaught page errors').toEqual([]);
      }
    },
    { auto: true },
  ],

  axe: async ({ page }, use) => {
    await use(async (options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
      for (const selector of options.include ?? []) builder = builder.include(selector);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
      // Contrast is measured on what the user ends up seeing: a toast fading in reads as too faint.
      await page.evaluate(settleFiniteAnimations);
      const { violations } = await builder.analyze();
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.map((node) => node.target.join(' ')),
      }));
    });
  },
});

export { expect };

/** Waits until nothing on the page slides or fades any more, as a user sees it settled. */
export async function motionFinished(page: Page): Promise<void> {
  await page.evaluate(settleFiniteAnimations);
}

/**
 * Waits for every finite animation or transition (not spinners) to finish. Runs in the page.
 * A toast starts its transition a frame after it mounts, so frames pass before each look, and
 * it looks again until nothing finite is running.
 */
async function settleFiniteAnimations(): Promise<void> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  for (let round = 0; round < 5; round += 1) {
    await nextFrame();
    await nextFrame();
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
      .filter((animation) => animation.playState === 'running' || animation.pending);
    if (finite.length === 0) return;
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  }
}

/**
 * Picks a country in the customer form's combobox as a user would (type, click the option) and
 * lets the frame after the click pass. Headless UI focuses the input again in that frame; a test
 * that types into another field before it has its text land in Country, which opens the list and
 * makes every other field inert (stop 50's flaky "Street number" on a busy machine). A user's next
 * click comes many frames later. Animation frame callbacks run in order, so ours runs after it.
 */
export async function chooseCountry(page: Page, typed: string, option: RegExp, shown: string): Promise<void> {
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.fill(typed);
  await page.getByRole('option', { name: option }).click();
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await expect(country).toHaveValue(shown);
  await expect(country).toBeFocused();
}

/** An error answer of the simulated API: in the page (`/demo-api/`) or from the sandbox server's `/v1/`. */
function isApiErrorResponse(text: string, url: string): boolean {
  if (!text.startsWith('Failed to load resource: the server responded with a status of')) return false;
  const { origin, pathname } = new URL(url, 'http://127.0.0.1');
  return pathname.startsWith('/demo-api/') || (SANDBOX_ORIGINS.has(origin) && pathname.startsWith('/v1/'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Opens the console against the simulated API with a demo key, as a user would: the connect
 * screen shows one button per demo key, named after its label. The only place that knows the
 * connect screen's shape: adapt it here when that screen changes.
 */
export async function openDemo(page: Page, keyId: DemoKey['id'] = 'operator'): Promise<void> {
  const key = DEMO_KEYS.find((k) => k.id === keyId);
  if (!key) throw new Error(`Unknown demo key: ${keyId}`);
  await page.goto('/connect');
  await page.getByRole('button', { name: new RegExp(escapeRegExp(key.label)) }).click();
  await expect(page).not.toHaveURL(/\/connect(?:[?#]|$)/);
}

/**
 * Connects to an API at `baseUrl` from the connect screen's form, as a user would. `header` picks
 * how the key is sent (the radio's name, e.g. /4b42-KEY/); `operator` says whom the key reaches
 * when the API cannot tell (a stub's customer list).
 */
export async function connectToApi(
  page: Page,
  {
    baseUrl,
    key,
    header,
    operator = false,
  }: { baseUrl: string; key: string; header?: RegExp; operator?: boolean },
): Promise<void> {
  await page.goto('/connect');
  await page.getByLabel('Base URL').fill(baseUrl);
  await page.getByLabel('API key', { exact: true }).fill(key);
  if (header) await page.getByRole('radio', { name: header }).check();
  if (operator) await page.getByRole('radio', { name: 'An operator: every customer' }).check();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page).not.toHaveURL(/\/connect(?:[?#]|$)/);
}
