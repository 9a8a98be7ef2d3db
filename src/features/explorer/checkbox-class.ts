/** Native checkboxes in the console's accent colour, with a visible keyboard focus ring. */
export const checkboxClass =
  'h-4 w-4 shrink-0 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-teal-600 dark:accent-teal-400';
