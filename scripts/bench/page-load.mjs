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
 * `ready` is visible and the page is quiet, then reads FCP, LCP and which scripts were requested
 * before each (resource timing, so the preloads from the HTML count too).
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
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await ready(page).waitFor({ timeout: 120_000 });
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
  await context.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run(ctx) {
  const pages = [
    {
      name: '/connect (production build)',
      url: `${await ctx.serveDistStatic()}/connect`,
      ready: (page) => page.getByRole('button', { name: 'Connect', exact: true }),
    },
    {
      name: '/demo (demo build, first page)',
      url: `${await ctx.serveDemoStatic()}/demo`,
      ready: (page) => page.getByRole('navigation').first(),
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
