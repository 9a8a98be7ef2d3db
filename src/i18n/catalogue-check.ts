import type { ComponentsJSON, TranslationJSON } from '@nanostores/i18n';

/** `{name}` placeholders a message fills in; a translation must keep every one. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function texts(value: TranslationJSON): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).flatMap(texts);
}

/**
 * What a language lacks or has too many of against the English source: each problem as
 * "namespace.key: what". Plural forms may differ by language, but "other" must be there.
 */
export function catalogueProblems(source: ComponentsJSON, translation: ComponentsJSON): string[] {
  const problems: string[] = [];
  for (const [name, messages] of Object.entries(source)) {
    const translated = translation[name];
    if (!translated || typeof translated === 'string') {
      problems.push(`${name}: namespace missing`);
      continue;
    }
    for (const [key, english] of Object.entries(messages)) {
      const own = (translated as Record<string, TranslationJSON>)[key];
      const where = `${name}.${key}`;
      if (own === undefined) problems.push(`${where}: missing`);
      else if (typeof english === 'string' && typeof own !== 'string')
        problems.push(`${where}: should be text`);
      else if (typeof english !== 'string' && (typeof own === 'string' || !('other' in own)))
        problems.push(`${where}: plural forms need "other"`);
      else {
        const wanted = [...new Set(texts(english).flatMap(placeholders))].sort().join(',');
        for (const text of texts(own)) {
          const got = [...new Set(placeholders(text))].sort().join(',');
          if (
            got !== wanted &&
            !(
              typeof english !== 'string' && wanted.replace(/(^|,)count(,|$)/, '$1').replace(/,$/, '') === got
            )
          )
            problems.push(`${where}: placeholders {${got}} should be {${wanted}}`);
        }
      }
    }
    for (const key of Object.keys(translated)) {
      if (!(key in messages)) problems.push(`${name}.${key}: not in English (stale)`);
    }
  }
  for (const name of Object.keys(translation)) {
    if (!(name in source)) problems.push(`${name}: namespace not in English (stale)`);
  }
  return problems;
}
