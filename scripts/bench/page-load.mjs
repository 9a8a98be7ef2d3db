import { firstLoadFiles } from './files.mjs';

export const title =
  'First page on a phone: real slow 4G (150 ms RTT, 1.6 Mbps) and a 4× slower CPU (Chromium)';

export const LCP_GOAL_MS = 2500;
export const SCRIPTS_GOAL = 6;
// Five loads: single loads on two cores spread by ±300 ms, so a median of three flipped the goal.
const RUNS = 5;

/** Lighthouse's "slow 4G" profile, applied to every request by the DevTools protocol. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};

/**
 * Opens the page in a fresh phone-sized context with slow 4G and a 4× slower CPU, waits until
 * `ready` is in the page and painted and the page is quiet, then reads FCP, LCP and which scripts were
 * requested before each (resource timing, so the preloads from the HTML count too); only then
 * checks `ready` with a Playwright locator.
 *
 * The wait polls from the page (`ready.selector`, a 50 ms timer) rather than through a locator:
 * a locator first evaluates Playwright's injected script in the page, 70 ms of main thread at 4×
 * in a trace, which landed just before the demo's first page painted. A/B on one build, 9 loads
 * each in turns: `/demo` LCP median 2.62 s with the locator, 2.24 s with the poll.
 */
async function measure(browser, url, ready) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__lcp = entry.startTime;
        window.__lcpElement = entry.element;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // A plain evaluate: `waitForFunction` polls through the injected script too.
  await page.evaluate(
    ({ selector, text, timeout }) =>
      new Promise((resolve, reject) => {
        const until = performance.now() + timeout;
        const shown = () =>
          [...document.querySelectorAll(selector)].some(
            (el) => text === undefined || el.textContent?.trim() === text,
          );
        // Then the frame showing it: an LCP entry for an element still in the page (React has
        // replaced the HTML shell's), or ten frames if the page draws nothing larger than the shell.
        const painted = (frames) => {
          if (window.__lcpElement?.isConnected || frames >= 10) resolve();
          else requestAnimationFrame(() => painted(frames + 1));
        };
        const poll = () => {
          if (shown()) painted(0);
          else if (performance.now() > until) reject(new Error(`${selector} ${text ?? ''} never showed`));
          else setTimeout(poll, 50);
        };
        poll();
      }),
    { selector: ready.selector, text: ready.text, timeout: 120_000 },
  );
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const lcp = window.__lcp;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js(?:$|\?)/.test(new URL(e.name).pathname))
      .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, bytes: e.transferSize }));
    return {
      fcp,
      lcp,
      scriptsBeforeFcp: scripts.filter((s) => s.start < fcp).length,
      scriptsBeforeLcp: scripts.filter((s) => s.start < lcp).length,
      scriptKiB: scripts.filter((s) => s.start < lcp).reduce((sum, s) => sum + s.bytes, 0) / 1024,
    };
  });
  await ready.locator(page).waitFor({ timeout: 120_000 });
  await context.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(ctx) {
  const pages = [
    {
      name: '/connect (production build)',
      url: `${await ctx.serveDistStatic()}/connect`,
      ready: {
        selector: 'button',
        text: 'Connect',
        locator: (page) => page.getByRole('button', { name: 'Connect', exact: true }),
      },
    },
    {
      name: '/demo (demo build, first page)',
      url: `${await ctx.serveDemoStatic()}/demo`,
      ready: { selector: 'nav', locator: (page) => page.getByRole('navigation').first() },
    },
  ];
  const browser = await ctx.launchChromium();
  const rows = [];
  const goals = [];
  for (const target of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, target.url, target.ready));
    const pick = (key) => median(runs.map((r) => r[key]));
    const lcp = pick('lcp');
    const scripts = Math.max(...runs.map((r) => r.scriptsBeforeLcp));
    rows.push({
      section: `median of ${RUNS} loads`,
      name: target.name,
      'FCP ms': pick('fcp'),
      'LCP ms': lcp,
      'LCP range ms': `${Math.min(...runs.map((r) => r.lcp))}–${Math.max(...runs.map((r) => r.lcp))}`,
      'scripts before FCP': Math.max(...runs.map((r) => r.scriptsBeforeFcp)),
      'scripts before LCP': scripts,
      'script KiB before LCP': pick('scriptKiB'),
    });
    goals.push({
      goal: `${target.name}: LCP ≤ ${LCP_GOAL_MS / 1000} s on slow 4G with a 4× slower CPU`,
      pass: lcp <= LCP_GOAL_MS,
      detail: `median ${(lcp / 1000).toFixed(2)} s of ${runs.map((r) => (r.lcp / 1000).toFixed(2)).join(', ')}`,
    });
    if (target.name.startsWith('/connect'))
      goals.push({
        goal: `${target.name}: ≤ ${SCRIPTS_GOAL} script requests before it paints (LCP)`,
        pass: scripts <= SCRIPTS_GOAL,
        detail: `${scripts} (first-load files: ${firstLoadFiles(ctx).filter((f) => f.endsWith('.js')).length})`,
      });
  }
  return [...rows, ...goals];
}
