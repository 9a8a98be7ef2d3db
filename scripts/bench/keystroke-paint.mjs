// Shared by the list benches (customer-search.mjs, directory-users.mjs): how a keystroke or a
// scroll step is timed in the page, the typing rounds, and the rows that summarise them.

/** One frame at 60 Hz. */
export const FRAME_MS = 16;
/** Slower than typing, so every keystroke is measured on its own (the URL catches up in between). */
const PAUSE_MS = 400;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Runs in the page (`page.evaluate(installProbe, scrollerSelector)`). `__benchMeasure(kind, start)`
 * records when the first frame showing the list's change has been painted: rAF runs before a
 * frame's paint, a task posted from it runs after. A list that changes in a later task than the
 * keystroke (a deferred render) is timed to the frame after its change, not to the first frame.
 * Also recorded: the first change to the list's DOM (the work, without waiting for the frame).
 * Each keydown in the search box is measured from its own timestamp, taken in the capture phase.
 */
export function installProbe(scrollerSelector) {
  const scroller = () => document.querySelector(scrollerSelector);
  const table = () => scroller()?.querySelector('table[aria-rowcount]');
  /** Frames to wait for a change before taking the first frame (a keystroke that changes nothing). */
  const MAX_FRAMES = 10;
  window.__benchSamples = [];
  window.__benchMeasure = (kind, start) => {
    let updatedAt = null;
    let firstPainted = null;
    let frames = 0;
    const observer = new MutationObserver(() => {
      updatedAt ??= performance.now();
    });
    if (kind !== 'baseline')
      observer.observe(scroller() ?? document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    const record = (paintedMs) => {
      observer.disconnect();
      const first = table()?.querySelector('tbody tr[aria-rowindex]');
      window.__benchSamples.push({
        kind,
        paintedMs,
        updatedMs: updatedAt === null ? null : updatedAt - start,
        rows: Number(table()?.getAttribute('aria-rowcount') ?? 1) - 1,
        firstRow: Number(first?.getAttribute('aria-rowindex') ?? 0),
      });
    };
    const frame = () =>
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        setTimeout(() => {
          const painted = performance.now() - start;
          firstPainted ??= painted;
          frames += 1;
          // The baseline input changes no list; a change made before this frame's rAF is in it.
          if (kind === 'baseline' || (updatedAt !== null && updatedAt <= frameAt)) record(painted);
          else if (frames >= MAX_FRAMES) record(updatedAt === null ? firstPainted : painted);
          else frame();
        }, 0);
      });
    frame();
  };
  const input = document.querySelector('input[type="search"]');
  input.addEventListener('keydown', (event) => window.__benchMeasure('filter', event.timeStamp), {
    capture: true,
  });
  // The yardstick: the same keys in a plain input on the same page, which filters nothing. Its
  // time is what this machine and browser need for any keystroke to reach the screen.
  const baseline = document.createElement('input');
  baseline.type = 'text';
  baseline.setAttribute('aria-label', 'Bench baseline');
  baseline.style.cssText = 'position:fixed;right:0;bottom:0;width:10rem;z-index:99';
  document.body.append(baseline);
  baseline.addEventListener('keydown', (event) => window.__benchMeasure('baseline', event.timeStamp), {
    capture: true,
  });
}

/** The same keys typed in the plain input `installProbe` adds (samples of kind `baseline`). */
export async function typeBaseline(page, keys, rounds) {
  await typeRounds(page, page.getByLabel('Bench baseline'), keys, rounds);
}

/** Presses the keys `rounds` times, each after one unmeasured round (the code paths warm up). */
export async function typeRounds(page, search, keys, rounds) {
  await search.focus();
  const kept = await page.evaluate(() => window.__benchSamples.length);
  for (let round = 0; round <= rounds; round++) {
    if (round === 1) await page.evaluate((n) => window.__benchSamples.splice(n), kept);
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.waitForTimeout(PAUSE_MS);
    }
  }
}

/** Table rows for one kind of sample ("keystroke", "scroll step"); returns them with the median and p95 painted. */
export function summarise(samples, { kind, section }) {
  const painted = samples.map((s) => s.paintedMs);
  const updated = samples.map((s) => s.updatedMs).filter((v) => v !== null);
  const p50 = median(painted);
  const p95 = percentile(painted, 95);
  const rows = [
    { section, name: `${kind} → painted`, 'median ms': p50, 'p95 ms': p95, 'max ms': Math.max(...painted) },
    {
      section,
      name: `${kind} → DOM updated`,
      'median ms': updated.length ? median(updated) : undefined,
      'p95 ms': updated.length ? percentile(updated, 95) : undefined,
      'max ms': updated.length ? Math.max(...updated) : undefined,
    },
  ];
  return { rows, p50, p95 };
}

/**
 * Each keystroke's time over the same keystroke's time in the plain input (paired in order): how
 * many "any keystroke" times the list costs, comparable across machines.
 */
export function ratioRows(samples, baseline, section) {
  const ratios = samples.map((s, i) => s.paintedMs / Math.max(baseline[i]?.paintedMs ?? Number.NaN, 0.1));
  const base = baseline.map((s) => s.paintedMs);
  return [
    {
      section,
      name: 'plain input (filters nothing) → painted',
      'median ms': median(base),
      'p95 ms': percentile(base, 95),
      'max ms': Math.max(...base),
    },
    {
      section,
      name: 'ratio to the plain input (×)',
      'median ms': median(ratios),
      'p95 ms': percentile(ratios, 95),
      'max ms': Math.max(...ratios),
    },
  ];
}

/**
 * For a keystroke goal's line: the plain input's own p95 in the same run. When that is over the
 * goal, no list could have met it in this run.
 */
export function plainInputDetail(baseline) {
  const p95 = percentile(
    baseline.map((s) => s.paintedMs),
    95,
  );
  return `the plain input's p95 ${p95.toFixed(1)} ms`;
}

/** The list sizes the keystrokes produced, largest first: shows the filter really narrowed the list. */
export function rowsShown(samples, section) {
  const counts = [...new Set(samples.map((s) => s.rows))].sort((a, b) => b - a);
  return { section, name: `rows shown: ${counts.join(', ')}` };
}
