import type { ReactNode } from 'react';
import { cx } from './class-names';

/** An amber note: why something is off, or what a refusal means. `title` is its bold first line. */
export function WarningNote({
  title,
  className,
  children,
}: {
  title?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <p
      role="note"
      className={cx(
        'rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
        className,
      )}
    >
      {title && <strong className="block">{title}</strong>}
      {children}
    </p>
  );
}
