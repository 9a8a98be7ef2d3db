import { type ReactNode, useId } from 'react';

/** One titled block of the demo panel, labelled for screen readers. */
export function PanelSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="space-y-3 border-t border-slate-200 px-4 py-4 dark:border-slate-700"
    >
      <div>
        <h3 id={id} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {title}
        </h3>
        {description && <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{description}</p>}
      </div>
      {children}
    </section>
  );
}

export const radioClass =
  'h-4 w-4 border-slate-400 text-teal-700 focus-visible:outline-2 focus-visible:outline-teal-600 ' +
  'disabled:opacity-50 dark:border-slate-500 dark:bg-slate-800';

export const legendClass = 'mb-1 text-sm font-medium text-slate-800 dark:text-slate-200';
