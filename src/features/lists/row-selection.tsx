import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/features/ui/button';
import type { TableColumn } from '@/features/ui/table-columns';

/** What a list declares to get row checkboxes and a bulk toolbar. */
export interface ListBulk<T> {
  /** Names a row for its checkbox: `customer 10001` → "Select customer 10001". */
  rowLabel: (row: T) => string;
  /** The toolbar's actions for the selected rows; `clear` empties the selection. */
  actions: (selected: readonly T[], clear: () => void) => ReactNode;
}

const checkboxClass =
  'h-4 w-4 cursor-pointer rounded border-slate-400 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-500 dark:accent-teal-400';

/** Selected keys, and the rows they still name (a deleted row drops out by itself). */
export function useSelectedKeys<T>(items: readonly T[], rowKey: (row: T) => string) {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set());
  const selected = useMemo(
    () => (keys.size === 0 ? [] : items.filter((row) => keys.has(rowKey(row)))),
    [items, keys, rowKey],
  );
  const toggle = useCallback(
    (key: string, on: boolean) =>
      setKeys((current) => {
        const next = new Set(current);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const setMany = useCallback(
    (many: readonly string[], on: boolean) =>
      setKeys((current) => {
        const next = new Set(current);
        for (const key of many) {
          if (on) next.add(key);
          else next.delete(key);
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setKeys(new Set()), []);
  return { keys, selected, toggle, setMany, clear };
}

/** A real checkbox with its label (visually hidden): a row's, or select-all with its mixed state. */
export function SelectCheckbox({
  checked,
  indeterminate = false,
  label,
  onChange,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // The mixed state exists only as a DOM property (browsers expose it as aria "mixed").
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="flex h-10 min-w-10 cursor-pointer items-center justify-center">
      <input
        ref={ref}
        type="checkbox"
        className={checkboxClass}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="sr-only">{label}</span>
    </label>
  );
}

/**
 * "3 selected", the actions, clear. Keep it mounted while the list is (hidden when nothing is
 * selected): a running bulk action's dialog lives in it and must outlast the rows it deletes.
 */
export function BulkToolbar<T>({
  bulk,
  selected,
  clear,
}: {
  bulk: ListBulk<T>;
  selected: readonly T[];
  clear: () => void;
}) {
  return (
    <section
      aria-label="Bulk actions"
      hidden={selected.length === 0}
      className="flex flex-wrap items-center gap-2 rounded-lg border border-teal-200 bg-teal-50 px-3 py-2 dark:border-teal-800 dark:bg-teal-950/40"
    >
      <p role="status" className="mr-auto text-sm font-medium text-teal-950 dark:text-teal-100">
        {selected.length.toLocaleString('en')} selected
      </p>
      {bulk.actions(selected, clear)}
      <Button size="sm" variant="ghost" onClick={clear}>
        Clear selection
      </Button>
    </section>
  );
}

/**
 * Row checkboxes as a table column (so card layouts show them too), select-all over the rows
 * shown (after the search), and the toolbar above the list while anything is selected.
 */
export function useRowSelection<T, K extends string>({
  bulk,
  items,
  shown,
  rowKey,
  columns,
  noun,
}: {
  bulk: ListBulk<T> | undefined;
  items: readonly T[];
  shown: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly TableColumn<T, K>[];
  noun: readonly [one: string, many: string];
}): { columns: readonly TableColumn<T, K>[]; frame: (body: ReactNode) => ReactNode } {
  const { keys, selected, toggle, setMany, clear } = useSelectedKeys(items, rowKey);
  const shownKeys = useMemo(() => (bulk ? shown.map(rowKey) : []), [bulk, shown, rowKey]);
  const shownSelected = keys.size === 0 ? 0 : shownKeys.filter((key) => keys.has(key)).length;
  const allShown = shownKeys.length > 0 && shownSelected === shownKeys.length;

  const withSelection = useMemo((): readonly TableColumn<T, K>[] => {
    if (!bulk) return columns;
    const selectColumn: TableColumn<T, K> = {
      header: 'Select',
      width: 'w-11',
      cellClass: 'px-1',
      headerCell: (
        <SelectCheckbox
          checked={allShown}
          indeterminate={shownSelected > 0 && !allShown}
          label={`Select all ${shownKeys.length} shown ${shownKeys.length === 1 ? noun[0] : noun[1]}`}
          onChange={(on) => setMany(shownKeys, on)}
        />
      ),
      cell: (row) => {
        const key = rowKey(row);
        return (
          <SelectCheckbox
            checked={keys.has(key)}
            label={`Select ${bulk.rowLabel(row)}`}
            onChange={(on) => toggle(key, on)}
          />
        );
      },
    };
    return [selectColumn, ...columns];
  }, [bulk, columns, keys, allShown, shownSelected, shownKeys, noun, rowKey, setMany, toggle]);

  const toolbar = bulk ? <BulkToolbar bulk={bulk} selected={selected} clear={clear} /> : null;

  /** The list's body under the toolbar, in one frame whatever the body is (so the toolbar stays). */
  const frame = (body: ReactNode) =>
    bulk ? (
      <div className="space-y-3">
        {toolbar}
        {body}
      </div>
    ) : (
      body
    );

  return { columns: withSelection, frame };
}
