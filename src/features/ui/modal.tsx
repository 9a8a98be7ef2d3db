import { Description, Dialog, DialogPanel, DialogTitle } from '@headlessui/react';
import type { ReactNode } from 'react';
import { cx } from './class-names';
import { useReturnFocus } from './use-return-focus';

/** An accessible modal dialog (focus trap, Escape, labelled): Headless UI underneath. */
export function Modal({
  open,
  onClose,
  title,
  description,
  children,
  size = 'md',
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  size?: 'md' | 'lg';
}) {
  useReturnFocus(open);
  return (
    <Dialog open={open} onClose={onClose} className="relative z-50">
      <div className="fixed inset-0 bg-slate-950/50" aria-hidden="true" />
      {/* React carries a portal's events up its own tree: a dialog's form (the unsaved-changes
          question over an edit form) would submit the form around it too, and save. */}
      <div
        className="fixed inset-0 flex items-end justify-center p-2 sm:items-center sm:p-4"
        onSubmit={(event) => event.stopPropagation()}
      >
        <DialogPanel
          className={cx(
            'max-h-[90vh] w-full overflow-y-auto rounded-lg bg-white p-5 shadow-xl dark:bg-slate-900',
            size === 'lg' ? 'max-w-2xl' : 'max-w-md',
          )}
        >
          <DialogTitle className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {title}
          </DialogTitle>
          {description && (
            <Description className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {description}
            </Description>
          )}
          <div className="mt-4">{children}</div>
        </DialogPanel>
      </div>
    </Dialog>
  );
}
