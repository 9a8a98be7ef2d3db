import type { ReactNode } from 'react';
import { cx } from './class-names';

export const preClass =
  'max-h-[32rem] max-w-full overflow-auto whitespace-pre rounded-md border border-slate-200 bg-slate-50 p-3 ' +
  'font-mono text-xs text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

/** Preformatted text that scrolls inside itself (never widens the page), in a named region. */
export function ScrollPre({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-label={label} className="min-w-0">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard */}
      <pre tabIndex={0} className={cx(preClass, className)}>
        {children}
      </pre>
    </section>
  );
}
