import type { ComponentsJSON } from '@nanostores/i18n';

/** One language's area files (`de/dns.json`, …) as one catalogue; a namespace lives in one file. */
export function mergeAreas(files: Record<string, ComponentsJSON>): ComponentsJSON {
  const merged: ComponentsJSON = {};
  for (const [file, namespaces] of Object.entries(files)) {
    for (const [name, messages] of Object.entries(namespaces)) {
      if (name in merged) throw new Error(`${file}: namespace "${name}" is already in another file`);
      merged[name] = messages;
    }
  }
  return merged;
}
