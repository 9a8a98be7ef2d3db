import type { Plugin } from 'vite';

/**
 * Few files per page, whatever routes are added (see DEVELOPERS.md "The first load"). Left alone,
 * the bundler cuts one chunk per set of importers: dozens of files of a few hundred bytes, which a
 * phone on a slow network fetches in a chain. Groups:
 * - `initial`: everything the entry imports statically, in one file;
 * - `kit`: app code two or more pages share that imports no library the first load lacks (the UI
 *   kit, the shell, list logic, light api modules), so a light page such as the connect screen
 *   does not pay for the heavy ones;
 * - `data`: the data layer (catalogue, client, errors, query factories) and zod, shared by every
 *   page that reads the API.
 * Anything else (libraries loaded on demand, code one page owns) is chunked automatically.
 */
export function chunkGroups() {
  const imports = new Map<string, readonly string[]>();
  let entries: string[] = [];
  let initial: Set<string> | null = null;
  const light = new Map<string, boolean>();

  const isData = (id: string) => /[\\/]src[\\/]api[\\/]|[\\/]node_modules[\\/](zod|punycode)[\\/]/.test(id);
  const isApp = (id: string) => /[\\/]src[\\/]/.test(id) && !/[\\/]node_modules[\\/]/.test(id);

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
        name: (id: string) => (!initialSet().has(id) && isApp(id) && isLight(id) ? 'kit' : null),
        debugName: 'kit',
        minShareCount: 2,
        priority: 2,
      },
      { name: 'data', test: isData, minShareCount: 2, priority: 1 },
    ],
  };
  return { plugin, codeSplitting };
}
