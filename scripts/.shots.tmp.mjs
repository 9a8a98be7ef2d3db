import { launchChromium } from './lib/chromium.mjs';
import { makeTempDir, removeDir, viteBuild, vitePreview } from './lib/vite-builds.mjs';
const tmp = await makeTempDir('shots');
await viteBuild({ outDir: tmp, mode: 'demo' });
const server = await vitePreview({ outDir: tmp, mode: 'demo' });
const browser = await launchChromium();
try {
  for (const [scheme, width] of [['dark', 360], ['light', 360], ['dark', 1280]]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    await page.goto(`${server.url}/demo`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    for (const [name, target] of [['list', '/customers'], ['detail', '/customers/10000001'], ['new', '/customers/new'], ['edit', '/customers/10000001/edit']]) {
      await page.goto(`${server.url}${target}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(400);
      if (name === 'new') {
        await page.getByRole('button', { name: /Create customer/ }).click();
        await page.waitForTimeout(300);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(scheme, width, name, 'horizontal overflow px:', overflow);
      await page.screenshot({ path: `/tmp/t/${name}-${scheme}-${width}.png`, fullPage: width === 360 });
    }
    if (width === 360) {
      await page.goto(`${server.url}/customers/new`);
      await page.getByRole('combobox', { name: 'Country' }).fill('sw');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `/tmp/t/combo-${scheme}-${width}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  await removeDir(tmp);
}
