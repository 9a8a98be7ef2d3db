import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchPipeChromium } from '../lib/cdp-pipe.mjs';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import { makeTempDir, ROOT, removeDir, viteBuild, vitePreview } from '../lib/vite-builds.mjs';

/**
 * What a measurement gets:
 * - `root`: the project directory
 * - `distDir`: the production build (`vite build`, no simulated API), with `.vite/manifest.json`
 * - `manifest`: that manifest, parsed
 * - `serveDemo()`: builds the demo build once and serves it with `vite preview` on a free port of
 *   127.0.0.1; resolves to its base URL (open `${url}/demo` to connect with the operator key)
 * - `serveDist()`: serves the production build the same way
 * - `serveDistStatic()`, `serveDemoStatic()`: the same builds from a plain static server with
 *   brotli/gzip, as a host would serve them (page-load timings and Lighthouse). BENCH_PORTS
 *   (e.g. `5417,5418`) fixes their ports; otherwise free ones are picked
 * - `launchChromium(options?)`: headless Chromium via Playwright (`chromium.launch({ executablePath })`)
 * - `launchPipeChromium()`: the same Chromium over its DevTools pipe, nothing else attached, for
 *   timing a page load (`scripts/lib/cdp-pipe.mjs`)
 * - `log(message)`: progress on stderr, so stdout stays the report
 * - `endMeasurement()`: closes the browsers launched since the last call, so an idle browser of one
 *   measurement does not share the two cores with the next one's timings (the runner calls it)
 * Servers are closed by `dispose()` when the run ends.
 */
export async function createContext() {
  const tmp = await makeTempDir('bench');
  const cleanups = [];
  let browsers = [];
  const log = (message) => process.stderr.write(`${message}\n`);

  const distDir = path.join(tmp, 'dist');
  log('Building the production bundle (vite build)…');
  await viteBuild({ outDir: distDir, mode: 'production', manifest: true });
  const manifest = JSON.parse(await readFile(path.join(distDir, '.vite', 'manifest.json'), 'utf8'));

  const once = (fn) => {
    let promise;
    return () => {
      promise ??= fn();
      return promise;
    };
  };
  const demoDir = once(async () => {
    log('Building the demo bundle (vite build --mode demo)…');
    return viteBuild({ outDir: path.join(tmp, 'dist-demo'), mode: 'demo' });
  });
  const serve = async (outDir, mode) => {
    const server = await vitePreview({ outDir, mode });
    cleanups.push(server.close);
    return server.url;
  };

  const ports = (process.env.BENCH_PORTS ?? '').split(',').filter(Boolean).map(Number);
  const serveFromDisk = async (outDir) => {
    const server = await serveStatic(outDir, { port: ports.shift() });
    cleanups.push(server.close);
    return server.url;
  };

  return {
    root: ROOT,
    distDir,
    manifest,
    log,
    serveDist: once(() => serve(distDir, 'production')),
    serveDemo: once(async () => serve(await demoDir(), 'demo')),
    serveDistStatic: once(() => serveFromDisk(distDir)),
    serveDemoStatic: once(async () => serveFromDisk(await demoDir())),
    async launchChromium(options) {
      const browser = await launchChromium(options);
      browsers.push(browser);
      return browser;
    },
    async launchPipeChromium() {
      const browser = await launchPipeChromium();
      browsers.push(browser);
      return browser;
    },
    async endMeasurement() {
      const open = browsers;
      browsers = [];
      await Promise.all(open.map((browser) => browser.close().catch(() => {})));
    },
    async dispose() {
      await this.endMeasurement();
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
      await removeDir(tmp);
    },
  };
}
