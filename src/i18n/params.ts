import { type params as libraryParams, strings, transform } from '@nanostores/i18n';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * nanostores' `params` (`'Delete {name}?'`), in one pass with a replacer function. The library
 * passes each value to `String.replace` as the replacement, so `$&`, `$'` and `$$` in a value were
 * read as patterns ("Ca$$h AG" showed as "Ca$h AG"), and a `{name}` inside one value was filled by
 * the next. It also built a RegExp per parameter per call, for every row label a list draws.
 */
export const params = transform(
  (_locale: string, translation: unknown, values: Record<string, number | string>) =>
    strings(translation as string, (text: string) =>
      text.replace(PLACEHOLDER, (whole, name: string) =>
        Object.hasOwn(values, name) ? String(values[name]) : whole,
      ),
    ),
) as typeof libraryParams;
