import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstLoadFiles, KiB, sizes } from '../bench/files.mjs';

/** The first-load budget (DEVELOPERS.md "The first load"). */
export const FIRST_LOAD_JS_GZIP_KIB = 110;
/** Scripts the connect screen, a new user's first page, may request before it paints. */
export const CONNECT_SCRIPTS = 6;

/** The route file's chunk that renders it (component and loader), from the manifest. */
function routeChunkKey(manifest, routeFile) {
  return Object.keys(manifest).find((key) => {
    const [file, query = ''] = key.split('?');
    const split = new URLSearchParams(query).get('tsr-split')?.split('---') ?? [];
    return file === routeFile && split.includes('component');
  });
}

/** Every JS file a page needs before it can paint: the first load plus its route chunk's static imports. */
export function pageScripts(ctx, routeFile) {
  const files = new Set(firstLoadFiles(ctx).filter((f) => f.endsWith('.js')));
  const key = routeChunkKey(ctx.manifest, routeFile);
  if (!key) throw new Error(`No chunk for ${routeFile} in the build manifest.`);
  const visit = (k) => {
    const chunk = ctx.manifest[k];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return [...files];
}

/** The budget's two checks on a built directory: `{ goal, pass, detail }` each. */
export function budgetGoals(ctx) {
  const js = firstLoadFiles(ctx).filter((f) => f.endsWith('.js'));
  const gzip = js.reduce((sum, f) => sum + sizes(path.join(ctx.distDir, f)).gzip, 0) / KiB;
  // Classic scripts of this site in index.html (theme, route preload) run before any page too.
  const html = readFileSync(path.join(ctx.distDir, 'index.html'), 'utf8');
  const classic = [...html.matchAll(/<script(?![^>]*type="module")[^>]*\ssrc="\/?([^"]+)"/g)].map(
    (m) => m[1],
  );
  const connect = [...classic, ...pageScripts(ctx, 'src/routes/connect.tsx')];
  return [
    {
      goal: `first-load JS ≤ ${FIRST_LOAD_JS_GZIP_KIB} KiB gzip`,
      pass: gzip <= FIRST_LOAD_JS_GZIP_KIB,
      detail: `${gzip.toFixed(1)} KiB in ${js.length} file(s)`,
    },
    {
      goal: `connect screen: ≤ ${CONNECT_SCRIPTS} scripts before it paints`,
      pass: connect.length <= CONNECT_SCRIPTS,
      detail: `${connect.length}: ${connect.join(', ')}`,
    },
  ];
}
