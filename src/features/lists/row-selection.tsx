import { memo, type ReactNode, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createExternalStore, type ExternalStore } from '@/api/external-store';
import { Button } from '@/features/ui/button';
import { cx } from '@/features/ui/class-names';
import { LIST_SEARCH_SELECTOR } from '@/features/ui/search-box';
import type { TableColumn } from '@/features/ui/table-columns';
import { formatNumber, i18n, nounFor, params, useMessages } from '@/i18n';

// `noun` is the list's word for its rows, `row` the bulk action's name for one ("customer 10001").
const messages = i18n('lists/row-selection', {
  select: 'Select',
  selectRow: params<{ row: string }>('Select {row}'),
  selectAllShown: params<{ count: string; noun: string }>('Select all {count} shown {noun}'),
  selectAll: 'Select all',
  hint: params<{ noun: string }>('Tick the boxes to act on several {noun} at once.'),
  toolbar: 'Bulk actions',
  selected: params<{ count: string }>('{count} selected'),
  hidden: params<{ count: string }>('({count} hidden by the search)'),
  clear: 'Clear selection',
});

/** What a list declares to get row checkboxes and a bulk toolbar. */
export interface ListBulk<T> {
  /** Names a row for its checkbox: `customer 10001` → "Select customer 10001". */
  rowLabel: (row: T) => string;
  /** The toolbar's actions for the selected rows; `clear` empties the selection. */
  actions: (selected: readonly T[], clear: () => void) => ReactNode;
}

const checkboxClass =
  'h-4 w-4 cursor-pointer rounded border-slate-400 accent-teal-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-500 dark:accent-teal-400';

/**
 * Selected keys, and the rows they still name (a deleted row drops out by itself). The keys live in
 * a small store, so a row's checkbox subscribes to its own key and the list's rows (memoised on
 * stable columns) do not re-render when the selection or the search changes.
 */
function useSelectedKeys<T>(items: readonly T[], rowKey: (row: T) => string) {
  const [store] = useState(() => createExternalStore<ReadonlySet<string>>(new Set()));
  const keys = useSyncExternalStore(store.subscribe, store.get, store.get);
  const selected = useMemo(
    () => (keys.size === 0 ? [] : items.filter((row) => keys.has(rowKey(row)))),
    [items, keys, rowKey],
  );
  const setMany = useCallback(
    (many: readonly string[], on: boolean) =>
      store.set((current) => {
        const next = new Set(current);
        for (const key of many) {
          if (on) next.add(key);
          else next.delete(key);
        }
        return next;
      }),
    [store],
  );
  const toggle = useCallback((key: string, on: boolean) => setMany([key], on), [setMany]);
  const clear = useCallback(() => store.set(new Set()), [store]);
  return { store, keys, selected, toggle, setMany, clear };
}

type KeyStore = ExternalStore<ReadonlySet<string>>;

/** Marks a list's frame (toolbar and body) and its select-all box. */
const LIST_FRAME = 'data-selection-frame';
const SELECT_ALL = 'data-select-all';

function RowCheckbox({
  store,
  rowKey,
  label,
  toggle,
}: {
  store: KeyStore;
  rowKey: string;
  label: string;
  toggle: (key: string, on: boolean) => void;
}) {
  const has = () => store.get().has(rowKey);
  const checked = useSyncExternalStore(store.subscribe, has, has);
  return <SelectCheckbox checked={checked} label={label} onChange={(on) => toggle(rowKey, on)} />;
}

function SelectAllCheckbox<T>({
  store,
  shownStore,
  rowKey,
  noun,
  setMany,
  visibleText,
}: {
  store: KeyStore;
  shownStore: ExternalStore<readonly T[]>;
  rowKey: (row: T) => string;
  noun: readonly [one: string, many: string];
  setMany: (keys: readonly string[], on: boolean) => void;
  /** Shown beside the box where no column header says what it is (cards). */
  visibleText?: string;
}) {
  const t = useMessages(messages);
  const keys = useSyncExternalStore(store.subscribe, store.get, store.get);
  const shown = useSyncExternalStore(shownStore.subscribe, shownStore.get, shownStore.get);
  let shownSelected = 0;
  if (keys.size > 0) for (const row of shown) if (keys.has(rowKey(row))) shownSelected += 1;
  const allShown = shown.length > 0 && shownSelected === shown.length;
  return (
    <SelectCheckbox
      checked={allShown}
      indeterminate={shownSelected > 0 && !allShown}
      label={t.selectAllShown({
        count: formatNumber(shown.length),
        noun: nounFor(shown.length, noun),
      })}
      visibleText={visibleText}
      all
      onChange={(on) => setMany(shown.map(rowKey), on)}
    />
  );
}

/** A real checkbox named by `label`: a row's, or select-all with its mixed state. */
function SelectCheckbox({
  checked,
  indeterminate = false,
  label,
  visibleText,
  all = false,
  onChange,
}: {
  checked: boolean;
  indeterminate?: boolean;
  label: string;
  /** A short visible label; `label` (which starts with it) stays the accessible name. */
  visibleText?: string;
  /** The select-all box (marked for "Clear selection" to give it focus). */
  all?: boolean;
  onChange: (on: boolean) => void;
}) {
  // The mixed state exists only as a DOM property (browsers expose it as aria "mixed"). Set from a
  // ref, not an effect: a keystroke mounts a few dozen row boxes, and each effect is work before the paint.
  const mixed = useCallback(
    (input: HTMLInputElement | null) => {
      if (input) input.indeterminate = indeterminate;
    },
    [indeterminate],
  );
  return (
    <label
      className={cx(
        'flex h-10 min-w-10 cursor-pointer items-center',
        visibleText ? 'gap-2 text-sm text-slate-800 dark:text-slate-200' : 'justify-center',
      )}
    >
      {/* Named by aria-label, not a visually hidden span: that span is positioned out of flow, and
          one per row made each keystroke's layout of a long list reach far beyond the table. */}
      <input
        ref={mixed}
        type="checkbox"
        aria-label={label}
        className={checkboxClass}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        {...(all && { [SELECT_ALL]: '' })}
      />
      {visibleText && <span aria-hidden="true">{visibleText}</span>}
    </label>
  );
}

interface BulkToolbarProps<T> {
  bulk: ListBulk<T>;
  selected: readonly T[];
  clear: () => void;
  /** What the rows are: the hint says "Tick the boxes to act on several users at once." */
  many: string;
  /** How many of the selected rows the search hides: they are acted on too, so say so. */
  notShown?: number;
  /** Whether any row's box is on screen (no hint over an empty list). */
  boxesShown: boolean;
}

/**
 * "3 selected", the actions, clear. Keep it mounted while the list is (hidden when nothing is
 * selected): a running bulk action's dialog lives in it and must outlast the rows it deletes.
 * Skipped by React while its props are the same: a keystroke in the search changes none of them.
 */
const BulkToolbar = memo(function BulkToolbar<T>({
  bulk,
  selected,
  clear,
  many,
  notShown = 0,
  boxesShown,
}: BulkToolbarProps<T>) {
  const t = useMessages(messages);
  const none = selected.length === 0;
  return (
    <div hidden={none && !boxesShown}>
      {/* The hint keeps its place once the bar floats: the first tick moves nothing. */}
      {boxesShown && none && (
        <p className="flex min-h-[2.625rem] items-center rounded-lg border border-dashed border-slate-300 px-3 py-1.5 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          {t.hint({ noun: many })}
        </p>
      )}
      {!none && <div aria-hidden className="min-h-[2.625rem]" />}
      {/* Floats at the bottom of the window: a row ticked far down a long list still has its actions in view. */}
      <section
        aria-label={t.toolbar}
        hidden={none}
        className="fixed bottom-3 left-1/2 z-30 flex w-[min(44rem,calc(100%-1.5rem))] -translate-x-1/2 flex-wrap items-center gap-2 rounded-lg border border-teal-200 bg-teal-50 px-3 py-1.5 shadow-lg dark:border-teal-800 dark:bg-teal-950"
      >
        <p role="status" className="mr-auto text-sm font-medium text-teal-950 dark:text-teal-100">
          {t.selected({ count: formatNumber(selected.length) })}
          {notShown > 0 && (
            <span className="font-normal"> {t.hidden({ count: formatNumber(notShown) })}</span>
          )}
        </p>
        {bulk.actions(selected, clear)}
        <Button
          size="sm"
          variant="ghost"
          onClick={(event) => {
            // The bar hides with the selection: the keyboard's place goes to the select-all box
            // (the search box when no row is shown).
            const list = event.currentTarget.closest(`[${LIST_FRAME}]`);
            (
              list?.querySelector<HTMLElement>(`[${SELECT_ALL}]`) ??
              list?.querySelector<HTMLElement>(LIST_SEARCH_SELECTOR)
            )?.focus();
            clear();
          }}
        >
          {t.clear}
        </Button>
      </section>
    </div>
  );
}) as <T>(props: BulkToolbarProps<T>) => ReactNode;

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
  /** Every row in the list's order: the selection names its rows in that order. */
  items: readonly T[];
  shown: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly TableColumn<T, K>[];
  noun: readonly [one: string, many: string];
}): {
  columns: readonly TableColumn<T, K>[];
  /** The checkbox column on its own: cards show it beside their title. */
  selectColumn: TableColumn<T, K> | null;
  /** The select-all box, for layouts without a header row (cards). */
  selectAll: ReactNode;
  frame: (body: ReactNode) => ReactNode;
} {
  const t = useMessages(messages);
  const { store, selected, toggle, setMany, clear } = useSelectedKeys(items, rowKey);
  // The rows shown reach the select-all box through a store, so the column object stays the same
  // from one keystroke to the next.
  const [shownStore] = useState(() => createExternalStore<readonly T[]>(shown));
  // React runs an input event's effects before the paint, so the box shows the new count in the
  // same frame as the rows (a second, small render; putting it after the paint measured no faster).
  useEffect(() => shownStore.set(shown), [shownStore, shown]);

  const [one, many] = noun;
  const selectColumn = useMemo((): TableColumn<T, K> | null => {
    if (!bulk) return null;
    return {
      header: t.select,
      // The column's id stays the same in every language.
      id: 'select',
      width: 'w-11',
      cellClass: 'px-1',
      headerCell: (
        <SelectAllCheckbox
          store={store}
          shownStore={shownStore}
          rowKey={rowKey}
          noun={[one, many]}
          setMany={setMany}
        />
      ),
      cell: (row) => (
        <RowCheckbox
          store={store}
          rowKey={rowKey(row)}
          label={t.selectRow({ row: bulk.rowLabel(row) })}
          toggle={toggle}
        />
      ),
    };
  }, [bulk, store, shownStore, one, many, rowKey, setMany, toggle, t]);
  const withSelection = useMemo(
    () => (selectColumn ? [selectColumn, ...columns] : columns),
    [selectColumn, columns],
  );

  const notShown = useMemo(() => {
    if (selected.length === 0) return 0;
    const shownKeys = new Set(shown.map(rowKey));
    return selected.filter((row) => !shownKeys.has(rowKey(row))).length;
  }, [selected, shown, rowKey]);
  const toolbar = bulk ? (
    <BulkToolbar
      bulk={bulk}
      selected={selected}
      clear={clear}
      many={many}
      notShown={notShown}
      boxesShown={shown.length > 0}
    />
  ) : null;
  // Cards have no header row: their select-all box says what it is.
  const cardSelectAll = bulk ? (
    <SelectAllCheckbox
      store={store}
      shownStore={shownStore}
      rowKey={rowKey}
      noun={noun}
      setMany={setMany}
      visibleText={t.selectAll}
    />
  ) : null;

  /** The list's body under the toolbar, in one frame whatever the body is (so the toolbar stays). */
  const frame = (body: ReactNode) =>
    bulk ? (
      <div className="space-y-3" {...{ [LIST_FRAME]: '' }}>
        {toolbar}
        {body}
        {/* Room below the list, so the floating bar never covers its last row. */}
        {selected.length > 0 && <div aria-hidden className="h-14" />}
      </div>
    ) : (
      body
    );

  return { columns: withSelection, selectColumn, selectAll: cardSelectAll, frame };
}
