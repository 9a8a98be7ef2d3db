import { memo, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/features/ui/button';
import { cardClass, cx } from '@/features/ui/class-names';
import { columnId, type TableColumn } from '@/features/ui/table-columns';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('lists/column-menu', {
  columns: 'Columns',
  shown: 'Columns shown',
  last: 'At least one column stays shown.',
});

/** `w-64`. */
const PANEL_WIDTH = 256;

interface ColumnMenuProps<T, K extends string> {
  columns: readonly TableColumn<T, K>[];
  shown: readonly TableColumn<T, K>[];
  onChange: (column: TableColumn<T, K>, on: boolean) => void;
}

/**
 * "Columns": a button that opens a small panel of checkboxes, one per column. Escape or a click
 * outside closes it (focus goes back to the button); the last shown column cannot be turned off.
 * Skipped by React while the columns and the choice are the same (a keystroke in the search).
 */
export const ColumnMenu = memo(function ColumnMenu<T, K extends string>({
  columns,
  shown,
  onChange,
}: ColumnMenuProps<T, K>) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  // Opens to the right of the button unless that would leave the window (a button on the right).
  const [alignRight, setAlignRight] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Open: a click or focus elsewhere closes it, and so does Escape (focus back on the button).
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          const box = buttonRef.current?.getBoundingClientRect();
          setAlignRight(box ? box.left + PANEL_WIDTH > window.innerWidth - 16 : false);
          setOpen((was) => !was);
        }}
      >
        {t.columns}
      </Button>
      <div
        id={panelId}
        hidden={!open}
        className={cx(
          cardClass,
          'absolute z-20 mt-1 w-64 max-w-[calc(100vw-2rem)] p-3 shadow-lg',
          alignRight ? 'right-0' : 'left-0',
        )}
      >
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">{t.shown}</legend>
          <ul className="space-y-2">
            {columns.map((column) => (
              <ColumnOption
                key={columnId(column)}
                column={column}
                on={shown.includes(column)}
                last={shown.length === 1 && shown[0] === column}
                onChange={onChange}
              />
            ))}
          </ul>
        </fieldset>
      </div>
    </div>
  );
}) as <T, K extends string>(props: ColumnMenuProps<T, K>) => ReactNode;

function ColumnOption<T, K extends string>({
  column,
  on,
  last,
  onChange,
}: {
  column: TableColumn<T, K>;
  on: boolean;
  last: boolean;
  onChange: (column: TableColumn<T, K>, on: boolean) => void;
}) {
  const t = useMessages(messages);
  const id = useId();
  const note = last ? t.last : column.hint;
  return (
    <li>
      <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          checked={on}
          // aria-disabled, not disabled: a keyboard user still reaches it and hears why.
          aria-disabled={last || undefined}
          aria-describedby={note ? id : undefined}
          onChange={(event) => {
            if (!last) onChange(column, event.target.checked);
          }}
        />
        <span>
          {column.header}
          {note && (
            <span id={id} className="block text-xs text-slate-600 dark:text-slate-400">
              {note}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}
