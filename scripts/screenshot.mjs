#!/usr/bin/env node
// Makes docs/screenshot.png for the README: the demo build in Debian's Chromium, 1280×800, light
// mode, after /demo has connected with the operator key. `node scripts/screenshot.mjs [path]`
// opens `path` (default `/customers`) after connecting.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { makeTempDir, ROOT, removeDir, viteBuild, vitePreview } from './lib/vite-builds.mjs';

const target = process.argv[2] ?? '/customers';
const outFile = path.join(ROOT, 'docs', 'screenshot.png');

const tmp = await makeTempDir('screenshot');
let server;
let browser;
try {
  await viteBuild({ outDir: tmp, mode: 'demo' });
  server = await vitePreview({ outDir: tmp, mode: 'demo' });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.goto(`${server.url}/demo`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  if (target !== '/') {
    await page.goto(`${server.url}${target}`);
    await page.getByRole('main').waitFor();
    // A list page: wait for its rows, not its loading state.
    await page
      .getByRole('cell')
      .first()
      .waitFor()
      .catch(() => undefined);
  }
  await page.waitForLoadState('networkidle');
  await mkdir(path.dirname(outFile), { recursive: true });
  await page.screenshot({ path: outFile });
  console.log(`Wrote ${path.relative(process.cwd(), outFile)}`);
} finally {
  await browser?.close();
  await server?.close();
  await removeDir(tmp);
}
