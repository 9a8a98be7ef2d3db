import {
  FRAME_MS,
  installProbe,
  plainInputDetail,
  ratioRows,
  rowsShown,
  summarise,
  typeBaseline,
  typeRounds,
} from './keystroke-paint.mjs';

export const title = 'Directory users: filter and scroll the large demo data set’s 10 000 users (Chromium)';

/** The large data set's customer with 10 000 users (src/mocks/seed/large.ts). */
const LARGE_CUSTOMER = '10000010';
const USERS = 10_000;
/** Each keystroke narrows or widens the 10 000 rows; backspaces bring the full list back. */
const KEYS = [
  'm',
  'u',
  'e',
  'l',
  'Backspace',
  'Backspace',
  'Backspace',
  'Backspace',
  '9',
  '9',
  'Backspace',
  'Backspace',
];
/** Scroll steps of a few screens each, down and back up. */
const SCROLL_STEPS = [2400, 2400, 2400, 9000, 30_000, -12_000, -2400, -30_000];
const ROUNDS = 5;
/** The list's container: the probe watches it for new rows (the page itself is what scrolls). */
const SCROLLER = '[data-testid="users-scroller"]';

/**
 * The demo build with the large data set, switched on in the demo controls as a user would. The
 * search box: each keystroke timed to the list painted as in keystroke-paint.mjs. Scrolling: the
 * window (the list scrolls with the page) jumps by whole screens and the same probe waits for the
 * frame that shows the new rows.
 */
export async function run(ctx) {
  const url = await ctx.serveDemo();
  const browser = await ctx.launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  await page.goto(`${url}/demo`);
  await page.waitForURL((u) => u.pathname === '/');
  await page.getByRole('button', { name: 'Demo controls' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await panel.getByLabel(/^Large/).check();
  await panel.getByRole('button', { name: 'Close demo controls' }).click();

  await page.goto(`${url}/directory/${LARGE_CUSTOMER}/users`);
  const search = page.getByRole('searchbox', { name: 'Search users' });
  await search.waitFor({ timeout: 60_000 });
  await page.locator(`${SCROLLER} table`).waitFor();
  const total = Number(await page.locator(`${SCROLLER} table`).getAttribute('aria-rowcount')) - 1;
  if (total !== USERS) throw new Error(`Expected ${USERS} users in the large data set, found ${total}.`);
  await page.evaluate(installProbe, SCROLLER);

  await typeRounds(page, search, KEYS, ROUNDS);
  await typeBaseline(page, KEYS, ROUNDS);
  const typed = await page.evaluate(() => window.__benchSamples.length);
  for (let round = 0; round <= ROUNDS; round++) {
    // Drop the warm-up round's scroll samples, keep the keystrokes'.
    if (round === 1) await page.evaluate((kept) => window.__benchSamples.splice(kept), typed);
    for (const step of SCROLL_STEPS) {
      await page.evaluate((by) => {
        const start = performance.now();
        window.scrollBy(0, by);
        window.__benchMeasure('scroll', start);
      }, step);
      await page.waitForTimeout(150);
    }
  }
  const samples = await page.evaluate(() => window.__benchSamples);
  const filter = samples.filter((s) => s.kind === 'filter');
  const scroll = samples.filter((s) => s.kind === 'scroll');
  const baseline = samples.filter((s) => s.kind === 'baseline');

  const filterSection = `${filter.length} keystrokes on ${USERS} users`;
  const scrollSection = `${scroll.length} scroll steps on ${USERS} users`;
  const f = summarise(filter, { kind: 'keystroke', section: filterSection });
  const s = summarise(scroll, { kind: 'scroll step', section: scrollSection });
  const deepest = Math.max(...scroll.map((x) => x.firstRow));
  return [
    ...f.rows,
    ...ratioRows(filter, baseline, filterSection),
    ...s.rows,
    rowsShown(filter, filterSection),
    { section: scrollSection, name: `deepest first row: ${deepest}` },
    {
      goal: `users search: keystroke to filtered list painted ≤ ${FRAME_MS} ms at the p95 (of ${filter.length})`,
      pass: f.p95 <= FRAME_MS && filter.length === KEYS.length * ROUNDS,
      detail: `median ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms; ${plainInputDetail(baseline)}`,
    },
    {
      goal: `users list: scroll step to new rows painted ≤ ${FRAME_MS} ms at the p95 (of ${scroll.length})`,
      pass: s.p95 <= FRAME_MS && scroll.length === SCROLL_STEPS.length * ROUNDS && deepest > 1000,
      detail: `median ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`,
    },
  ];
}
