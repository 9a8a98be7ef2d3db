import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// DEVELOPERS.md, "Layers": the import rules, checked on every source file (tests and test
// helpers aside: they may share fixtures across areas).

const src = import.meta.dirname;

/** Areas any other area may import: the kits, and services the whole app shares. */
const SHARED_AREAS = new Set(['ui', 'lists', 'forms', 'bulk', 'notifications', 'rate-limit', 'theme']);

/** Single modules of an area that others use, each for a stated reason. */
const SHARED_MODULES = new Set([
  // The one list of the console's areas: the palette and the areas' section rows read it.
  'shell/nav-items',
  // The frame and the connection's name for the pages outside the shell (the connect screen).
  'shell/standalone-layout',
  'shell/describe-connection',
  // The demo keys' words, shown by the connect screen and by the demo controls.
  'connect/demo-key-text',
]);

const isTestCode = (file: string) => /\.test\.tsx?$|-test-helpers\.tsx?$|(^|\/)test\//.test(file);

/** Every source file (`src/`-relative), the generated route tree and declarations aside. */
const sourceFiles = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => /\.tsx?$/.test(file) && !/\.(d|gen)\.ts$/.test(file));

/** A file's imports (static, dynamic, mocked): as written, and as the `src/`-relative module. */
const importsOf = (from: string) =>
  [
    ...readFileSync(path.join(src, from), 'utf8').matchAll(/(?:from|import\(|vi\.mock\()\s*'([^']+)'/g),
  ].flatMap(([, spec = '']) => {
    if (spec.startsWith('@/')) return [{ from, spec, to: spec.slice(2) }];
    if (spec.startsWith('.')) return [{ from, spec, to: path.posix.join(path.posix.dirname(from), spec) }];
    return [];
  });

/** Each non-test source file with the modules it imports. */
function imports(): { from: string; to: string }[] {
  return sourceFiles
    .filter((file) => !isTestCode(file))
    .flatMap(importsOf)
    .map(({ from, to }) => ({ from, to }));
}

const all = imports();
const layer = (file: string) => file.split('/')[0];
const area = (file: string) => file.split('/')[1];
const module = (file: string) =>
  file
    .split('/')
    .slice(1)
    .join('/')
    .replace(/\.tsx?$/, '');
const broken = (rule: (from: string, to: string) => boolean) =>
  all.filter(({ from, to }) => rule(from, to)).map(({ from, to }) => `${from} → ${to}`);

describe('imports point one way', () => {
  it('finds the imports it checks', () => {
    // A scan that read nothing would pass every rule below.
    expect(all.length).toBeGreaterThan(1000);
    expect(all).toContainEqual({ from: 'features/shell/app-shell.tsx', to: 'features/ui/sticky-top' });
  });

  it('api/ imports no UI, route, app or simulated API code', () => {
    expect(
      broken(
        (from, to) =>
          layer(from) === 'api' && ['features', 'routes', 'app', 'mocks'].includes(layer(to) ?? ''),
      ),
    ).toEqual([]);
  });

  it('the simulated API imports only api/, and i18n for its English', () => {
    expect(
      broken((from, to) => layer(from) === 'mocks' && !['mocks', 'api', 'i18n'].includes(layer(to) ?? '')),
    ).toEqual([]);
  });

  it('features import no route file', () => {
    expect(broken((from, to) => layer(from) === 'features' && layer(to) === 'routes')).toEqual([]);
  });

  it('an area uses another only through the kits and shared services; the shell composes them all', () => {
    expect(
      broken(
        (from, to) =>
          layer(from) === 'features' &&
          layer(to) === 'features' &&
          area(from) !== area(to) &&
          area(from) !== 'shell' &&
          !SHARED_AREAS.has(area(to) ?? '') &&
          !SHARED_MODULES.has(module(to)),
      ),
    ).toEqual([]);
  });
});

describe('import paths', () => {
  // DEVELOPERS.md: `@/` across folders, `./` and `../` only for neighbours. A neighbour is in the
  // same area (`features/<area>`) or, elsewhere, the same top folder, at most one level up.
  const home = (file: string) =>
    file
      .split('/')
      .slice(0, layer(file) === 'features' ? 2 : 1)
      .join('/');

  it('a relative import stays with its neighbours; anything further goes through @/', () => {
    const far = sourceFiles
      .flatMap(importsOf)
      // Files outside src/ (the scripts, the docs) have no alias.
      .filter(({ spec, to }) => spec.startsWith('.') && !to.startsWith('..'))
      .filter(({ spec, from, to }) => spec.startsWith('../../') || !`${to}/`.startsWith(`${home(from)}/`))
      .map(({ from, spec }) => `${from} → ${spec}`);
    expect(sourceFiles.length).toBeGreaterThan(500);
    expect(far).toEqual([]);
  });
});
