import { readFileSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * Adds to index.html the table `public/route-preload.js` reads before the entry runs, to ask for
 * the chunks of the routes the address matches (their own chunk and every chunk it imports
 * statically). Without it the browser learns of them only once the entry has run and the router
 * has matched: one more round trip and the entry's execution time before the page can paint.
 * Every route file is covered: its path is read from its `createFileRoute('…')`. The table is a
 * JSON data block, not an inline script, so the Content-Security-Policy needs no hash.
 *
 * `demo`: /demo opens the home page (demo build) rather than the connect screen;
 * `storageKey`: where a stored connection lives (without one, every page goes to /connect).
 */
export function routePreload({ demo, storageKey }: { demo: boolean; storageKey: string }): Plugin {
  let base = '/';
  return {
    name: '4b42:route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const routes = routeChunks(bundle);
        const inHtml = new Set([...html.matchAll(/(?:src|href)="[^"]*?([^"/]+\.js)"/g)].map((m) => m[1]));
        const files: string[] = [];
        const indexOf = (file: string) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
        // A page needs its own chunks and its layouts' (the routes whose id is a prefix of its id).
        // A layout and its index page share a path (`/_app` and `/_app/` are both `/`): one row
        // holds both, else the first to match (the layout alone) would leave the page's chunks out.
        const byPattern = new Map<string, Set<string>>();
        for (const id of [...new Set(routes.map((r) => r.id))].sort(bySpecificity)) {
          const needed = routes
            .filter((r) => r.id === id || isAncestor(r.id, id))
            .flatMap((r) => staticClosure(bundle, r.chunk))
            .filter((file) => !inHtml.has(file.split('/').pop() ?? file));
          const pattern = pathPattern(id);
          const row = byPattern.get(pattern) ?? new Set<string>();
          for (const file of needed) row.add(file);
          byPattern.set(pattern, row);
        }
        const table = [...byPattern].map(([pattern, needed]) => [pattern, [...needed].map(indexOf)] as const);
        if (table.length === 0) return html;
        // `<` escaped: the JSON must not be able to close its element.
        const data = JSON.stringify({ files, routes: table, base, demo, storageKey }).replace(
          /</g,
          '\\u003c',
        );
        // `async`: fetched in parallel with the theme and the stylesheet, never holding back the
        // HTML shell's paint; it still runs long before the entry (a few hundred bytes against ~100 KiB).
        const tags = `<script type="application/json" id="route-preload">${data}</script>\n    <script async src="${base}route-preload.js"></script>`;
        return html.replace(/<script type="module"/, `${tags}\n    <script type="module"`);
      },
    },
  };
}

/** The chunks that render each route file (component and loader; not the error or pending parts). */
function routeChunks(bundle: OutputBundle) {
  const result: { id: string; chunk: OutputChunk }[] = [];
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !output.facadeModuleId) continue;
    const [file, query] = output.facadeModuleId.split('?');
    const split = new URLSearchParams(query).get('tsr-split')?.split('---') ?? [];
    if (!file || !/[\\/]src[\\/]routes[\\/]/.test(file)) continue;
    if (!split.includes('component') && !split.includes('loader')) continue;
    const id = readFileSync(file, 'utf8').match(/create(?:File|LazyFile)Route\(\s*['"`]([^'"`]+)['"`]/)?.[1];
    if (id) result.push({ id, chunk: output });
  }
  return result;
}

const isAncestor = (ancestor: string, id: string) =>
  !ancestor.endsWith('/') && id !== ancestor && id.startsWith(`${ancestor}/`);

const pathSegments = (routeId: string) =>
  routeId.split('/').filter((s) => s && !s.startsWith('_') && !/^\(.*\)$/.test(s));

/** More static segments first, then longer paths: `/customers/new` before `/customers/$customerNumber`. */
function bySpecificity(a: string, b: string): number {
  const score = (id: string) => pathSegments(id).filter((s) => !s.startsWith('$')).length;
  return score(b) - score(a) || pathSegments(b).length - pathSegments(a).length;
}

/**
 * `/_app/customers/$customerNumber/edit` → a RegExp source matching that page's paths. Pathless
 * segments (`_app`, `(group)`) vanish; `$param` matches one segment.
 */
export function pathPattern(routeId: string): string {
  const segments = pathSegments(routeId).map((s) =>
    s.startsWith('$') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return `^${segments.map((s) => `/${s}`).join('')}/?$`;
}

function staticClosure(bundle: OutputBundle, chunk: OutputChunk): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const next = bundle[name];
    if (next?.type === 'chunk') for (const imported of next.imports) visit(imported);
  };
  visit(chunk.fileName);
  return [...seen];
}
