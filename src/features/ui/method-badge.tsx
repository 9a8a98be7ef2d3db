import { cx } from './class-names';

const METHOD_CLASSES: Record<string, string> = {
  GET: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  POST: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100',
  PUT: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  DELETE: 'bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100',
};

/** The HTTP method as a coloured label; the text carries the meaning, the colour only helps. */
export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cx(
        'inline-block w-14 shrink-0 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold',
        METHOD_CLASSES[method] ?? 'bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100',
        className,
      )}
    >
      {method}
    </span>
  );
}
