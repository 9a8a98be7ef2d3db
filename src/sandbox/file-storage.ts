import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * A `Storage` kept in one JSON file, so the simulated API's persistence (written for
 * localStorage) keeps the sandbox's state across restarts. Written whole on every change, through
 * a temporary file so a crash never leaves half a file.
 */
export function fileStorage(path: string): Storage {
  let items: Record<string, string> = {};
  if (existsSync(path)) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      if (parsed && typeof parsed === 'object') items = parsed as Record<string, string>;
    } catch {
      throw new Error(`${path} is not a sandbox state file (JSON): move it away or name another file.`);
    }
  }
  const save = () => {
    writeFileSync(`${path}.tmp`, JSON.stringify(items));
    renameSync(`${path}.tmp`, path);
  };
  return {
    get length() {
      return Object.keys(items).length;
    },
    key: (index) => Object.keys(items)[index] ?? null,
    getItem: (key) => items[key] ?? null,
    setItem(key, value) {
      items[key] = String(value);
      save();
    },
    removeItem(key) {
      if (!(key in items)) return;
      delete items[key];
      save();
    },
    clear() {
      items = {};
      save();
    },
  };
}
