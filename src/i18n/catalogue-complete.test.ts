import { describe, expect, it } from 'vitest';
import { untranslatedStrings } from '../../scripts/untranslated-strings.mjs';
import { catalogueProblems } from './catalogue-check';
import { loadCatalogue } from './catalogues/load-catalogue';
import { i18n } from './i18n';

// Every module that may declare messages, so the English source is complete. Routes and the
// entry are left out: they render or register on import.
const modules = import.meta.glob([
  '/src/features/**/*.{ts,tsx}',
  '/src/api/**/*.ts',
  '/src/app/**/*.ts',
  '!**/*.test.*',
]);

// Where the console writes text a user reads. The endpoint catalogue's summaries and the API's
// own messages are the API's words and stay as they are.
const SHOWN_TEXT = [
  'src/features',
  'src/routes',
  'src/app',
  'src/api/domain',
  'src/api/catalogue/body-schemas.ts',
  'src/api/catalogue/param-schemas.ts',
  'src/api/client.ts',
  'src/api/dot-segment.ts',
  'src/api/connection.ts',
  'src/api/error-catalogue.ts',
];

describe('message catalogue', () => {
  it('has every English message in German and French, with the same placeholders, and nothing stale', async () => {
    for (const load of Object.values(modules)) await load();
    const english = i18n.cache.en as never;
    expect(Object.keys(english).length).toBeGreaterThan(0);
    for (const locale of ['de', 'fr'] as const) {
      expect({ locale, problems: catalogueProblems(english, await loadCatalogue(locale)) }).toEqual({
        locale,
        problems: [],
      });
    }
  }, 120_000);

  it('finds a missing key, a lost placeholder, a plural without "other" and a stale key', () => {
    const source = {
      'a/b': { title: 'Zones', greet: 'Hi {name}', rows: { one: '{count} row', other: '{count} rows' } },
    };
    expect(
      catalogueProblems(source, {
        'a/b': { greet: 'Hallo', rows: { one: '{count} Zeile' }, old: 'x' },
        'x/y': {},
      }),
    ).toEqual([
      'a/b.title: missing',
      'a/b.greet: placeholders {} should be {name}',
      'a/b.rows: plural forms need "other"',
      'a/b.old: not in English (stale)',
      'x/y: namespace not in English (stale)',
    ]);
  });

  it('writes German one way: ß, not the Swiss ss ("Straße", as every other German text)', async () => {
    const texts = JSON.stringify(await loadCatalogue('de'));
    expect(texts.match(/\b(Strasse|Grösse|grösser|[Ss]chliessen|ausser|[Gg]ross)\w*/g) ?? []).toEqual([]);
  });

  it('writes French one way: an API endpoint is an "endpoint", as the explorer and the log say', async () => {
    const { 'internet/tunnel-page': tunnel, ...rest } = (await loadCatalogue('fr')) as Record<
      string,
      unknown
    >;
    // A tunnel's "point de terminaison" is its network end, not an API endpoint.
    expect(JSON.stringify(tunnel)).toContain('point de terminaison');
    expect(JSON.stringify(rest).match(/[^"]{0,30}points? de terminaison/g) ?? []).toEqual([]);
  });

  it('leaves no user-facing text written outside a namespace', () => {
    const found = untranslatedStrings(SHOWN_TEXT).map((f) => `${f.file}:${f.line}  ${f.text}`);
    expect(found).toEqual([]);
  });
});
