/** Joins class names, skipping falsy ones. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}

/**
 * A text box or select without a width: add one. Adding a second value for a property inputClass
 * sets (`w-auto`, `py-1`, `bg-…`) does nothing: the stylesheet's order decides, not the class order.
 */
export const fieldClass =
  'block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ' +
  'placeholder:text-slate-500 focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/30 ' +
  'disabled:cursor-not-allowed disabled:bg-slate-100 aria-[invalid=true]:border-red-600 ' +
  'dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 ' +
  'dark:disabled:bg-slate-800 dark:aria-[invalid=true]:border-red-400 ' +
  // Read-only looks it: no white box inviting typing, no focus ring.
  'readonly-text:border-dashed readonly-text:bg-slate-100 readonly-text:text-slate-700 readonly-text:shadow-none ' +
  'readonly-text:focus:ring-0 dark:readonly-text:bg-slate-800 dark:readonly-text:text-slate-300';

export const inputClass = `w-full ${fieldClass}`;

/** A select or input as wide as its content, beside its label (a currency). */
export const inlineInputClass = `w-auto ${fieldClass}`;

export const cardClass =
  'rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900';

/** A link in running text or a cell (a row's detail page, a phone number). */
export const cellLinkClass =
  'rounded text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300';
