import type { Plugin } from 'vite';

/**
 * Few files per page, whatever routes are added (see DEVELOPERS.md "The first load"). Left alone,
 * the bundler cuts one chunk per set of importers: dozens of files of a few hundred bytes, which a
 * phone on a slow network fetches in a chain. Groups:
 * - `initial`: everything the entry imports statically, in one file;
 * - `kit`: app code at least half the pages share that imports no library the first load lacks
 *   (the UI kit, the shell, light api modules), so a light page such as the connect screen does
 *   not pay for the heavy ones;
 * - `kit-shared`: such code that fewer pages share (the list and forms kits, an area's shared
 *   parts). One `kit` of all shared code grew with each area, and every page ran all of it: the
 *   connect screen used a sixth. A file per folder instead made twenty files of a few hundred bytes;
 * - `data`: the data layer (catalogue, client, errors, query factories) and zod, shared by every
 *   page that reads the API.
 * Anything else (libraries loaded on demand, code one page owns) is chunked automatically.
 */
export function chunkGroups() {
  const imports = new Map<string, readonly string[]>();
  let entries: string[] = [];
  let initial: Set<string> | null = null;
  let shares: Map<string, number> | null = null;
  let pageCount = 0;
  const light = new Map<string, boolean>();

  const isData = (id: string) => /[\\/]src[\\/]api[\\/]|[\\/]node_modules[\\/](zod|punycode)[\\/]/.test(id);
  const isApp = (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]node_modules[\\/]/.test(id);
  const isPage = (id: string) => /[\\/]src[\\/]routes[\\/][^?]*\?tsr-split=[^&]*component/.test(id);

  const closure = (from: string[]) => {
    const seen = new Set<string>();
    const stack = [...from];
    while (stack.length) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(imports.get(id) ?? []));
    }
    return seen;
  };
  const initialSet = () => {
    initial ??= closure(entries);
    return initial;
  };
  /**
   * How many pages reach each module through static imports. A layout (`_app.tsx`) counts once
   * for itself and once for every page under it (`_app/…`, `_app.….tsx`): they all render it.
   */
  const pageCounts = () => {
    if (!shares) {
      shares = new Map();
      const pages = [...imports.keys()].filter(isPage);
      // `_app.customers.index.tsx` and `_app/customers/index.tsx` are the same route path: dots are
      // separators in file names under src/routes only (a checkout's own path may hold dots).
      const routePath = (id: string) =>
        (id.split('?')[0] ?? id)
          .replace(/^.*[\\/]src[\\/]routes[\\/]/, '')
          .replace(/\.[jt]sx?$/, '')
          .replaceAll('.', '/');
      for (const page of pages) {
        const own = routePath(page);
        const weight = 1 + pages.filter((other) => routePath(other).startsWith(`${own}/`)).length;
        for (const id of closure([page])) shares.set(id, (shares.get(id) ?? 0) + weight);
      }
      pageCount = pages.length;
    }
    return shares;
  };
  const isWidelyShared = (id: string) => (pageCounts().get(id) ?? 0) * 2 >= pageCount;
  /** App code whose static imports, beyond the first load, are light app code only. */
  const isLight = (id: string, visiting = new Set<string>()): boolean => {
    const known = light.get(id);
    if (known !== undefined) return known;
    if (initialSet().has(id)) return true;
    if (!isApp(id)) return false;
    if (visiting.has(id)) return true;
    visiting.add(id);
    const result = (imports.get(id) ?? []).every((dep) => isLight(dep, visiting));
    light.set(id, result);
    return result;
  };

  const plugin: Plugin = {
    name: '4b42:chunk-groups',
    apply: 'build',
    buildEnd() {
      imports.clear();
      light.clear();
      initial = null;
      shares = null;
      entries = [];
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info) continue;
        imports.set(id, info.importedIds);
        if (info.isEntry) entries.push(id);
      }
    },
  };

  const codeSplitting = {
    groups: [
      { name: 'initial', tags: ['$initial' as const], priority: 3 },
      {
        name: (id: string) => {
          if (initialSet().has(id) || !isApp(id) || !isLight(id)) return null;
          return isWidelyShared(id) ? 'kit' : 'kit-shared';
        },
        debugName: 'kit',
        minShareCount: 2,
        priority: 2,
      },
      { name: 'data', test: isData, minShareCount: 2, priority: 1 },
    ],
  };
  return { plugin, codeSplitting };
}
