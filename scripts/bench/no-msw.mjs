import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allChunks, firstLoadFiles } from './files.mjs';

export const title = 'Simulated API (msw) in the production build';

// Strings that only msw's browser code (or our code starting it) carries.
const MARKERS = ['mockServiceWorker', '[MSW]', 'MOCK_DEACTIVATE', 'INTEGRITY_CHECK_REQUEST', 'msw/browser'];

export async function run(ctx) {
  const eager = new Set(firstLoadFiles(ctx));
  const found = (file) => {
    const text = readFileSync(path.join(ctx.distDir, file), 'utf8');
    return MARKERS.filter((marker) => text.includes(marker));
  };
  const inFirstLoad = [...eager].filter((file) => found(file).length > 0);
  const inLazy = allChunks(ctx).filter((file) => !eager.has(file) && found(file).length > 0);

  return [
    {
      section: 'msw markers',
      name: 'first-load files',
      found: inFirstLoad.length ? inFirstLoad.map((f) => `${f} (${found(f).join(', ')})`).join('; ') : 'none',
    },
    {
      section: 'msw markers',
      name: 'lazy chunks',
      found: inLazy.length ? inLazy.join('; ') : 'none',
    },
    {
      goal: 'no demo service worker file (mockServiceWorker.js) in the production build',
      pass: !existsSync(path.join(ctx.distDir, 'mockServiceWorker.js')),
    },
    {
      goal: 'no msw code in the production first load',
      pass: inFirstLoad.length === 0,
      detail: `markers: ${MARKERS.join(', ')}`,
    },
  ];
}
