import type { ReactNode } from 'react';
import { cx } from './class-names';

/** A decorative 24×24 line icon; the control it sits in carries the accessible name. */
export function Icon({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={cx('shrink-0', className ?? 'h-4 w-4')}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}
