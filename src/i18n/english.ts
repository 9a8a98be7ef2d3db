import type { Translations } from '@nanostores/i18n';

type Transformed = {
  input: unknown;
  transform: (locale: string, input: unknown, args: unknown[]) => unknown;
};
const isTransformed = (value: unknown): value is Transformed =>
  typeof value === 'object' && value !== null && 'transform' in value && 'input' in value;

/** A namespace's declared messages as they read in English: texts as given, `params`/`count` as functions. */
export function englishOf<Body extends Translations>(base: Body): Body {
  const english: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    english[key] = isTransformed(value)
      ? (...args: unknown[]) => value.transform('en', value.input, args)
      : value;
  }
  return english as Body;
}

let englishDepth = 0;

/** Whether messages read now should be the English source (see `inEnglish`). */
export const readingEnglish = () => englishDepth > 0;

/**
 * Runs `work` with every namespace answering in English, whatever the console's language: the
 * simulated API checks requests with the console's rules but must answer in the API's words.
 * Synchronous only: no render can run in between.
 */
export function inEnglish<T>(work: () => T): T {
  englishDepth++;
  try {
    return work();
  } finally {
    englishDepth--;
  }
}
