import { type ComponentProps, memo, type ReactNode } from 'react';
import { Button } from '@/features/ui/button';
import { csvBlob } from '@/features/ui/csv';
import { downloadBlob } from '@/features/ui/download';
import { EmptyState } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { SearchableList } from '@/features/ui/searchable-list';
import { SortableTable } from '@/features/ui/sortable-table';
import type { TableColumn, TableProps } from '@/features/ui/table-columns';
import { VirtualTable } from '@/features/ui/virtual-table';
import { i18n, params, useLocale, useMessages } from '@/i18n';
import { useColumnChoice } from './column-choice';
import { ColumnMenu } from './column-menu';
import { ListCards } from './list-cards';
import { csvFileName, listCsv } from './list-csv';
import { ListSortSelect } from './list-sort-select';
import { type ListBulk, useRowSelection } from './row-selection';
import { type ListIndex, useListOrder, useListPipeline } from './use-list-pipeline';
import { type ListPageProps, useListSearch } from './use-list-search';
import { usePhoneLayout } from './use-phone-layout';

const messages = i18n('lists/list-view', {
  exportCsv: 'Export CSV',
  // `noun` is the list's word for its rows (plural).
  nothingToExport: params<{ noun: string }>('No {noun} match the search: nothing to export.'),
});

export type { ListIndex };

/** Everything a list declares; the search, sort, counts and empty states come with it. */
export interface ListViewProps<T, K extends string> extends ListPageProps<K> {
  /**
   * Names the list: its column choice is remembered under it (localStorage) and its CSV export is
   * `<listId>-<yyyy-mm-dd>.csv`. Kebab-case, e.g. `directory-users`.
   */
  listId: string;
  /** A list whose CSV is not one line per row (the audit: one line per changed field) writes its own. */
  exportCsv?: (shown: readonly T[]) => void;
  items: readonly T[];
  index: ListIndex<T, K>;
  /** Shown when the API returned no rows at all. */
  empty: { title: string; text: ReactNode };
  /** The search box's accessible name, e.g. "Search users". */
  searchLabel: string;
  placeholder: string;
  /** What one row is and what several are: `['user', 'users']`. */
  noun: readonly [one: string, many: string];
  /** What the search looks at, said when nothing matched. */
  hint?: string;
  caption: string;
  /**
   * Every column the list offers, in order; `optional` ones start hidden. The user picks which are
   * shown ("Columns"); CSV export takes the shown ones as text (`text`, see `TableColumn`).
   */
  columns: readonly TableColumn<T, K>[];
  /** Keep it stable (module level) for a virtualised list. */
  rowKey: (row: T) => string;
  minWidthClass: string;
  /** Long lists: virtualise the body; the scroller carries this test id. Short lists render every row. */
  virtualTestId?: string;
  /** Row checkboxes, select-all and a toolbar of bulk actions for the selected rows. */
  bulk?: ListBulk<T>;
}

/**
 * A list's body: nothing yet, or the search box (with "Columns") and its count (with "Export CSV")
 * over a sortable table, or over cards on a phone.
 */
export function ListView<T, K extends string>({
  listId,
  exportCsv: ownCsv,
  search,
  onSearchChange,
  items,
  index,
  empty,
  searchLabel,
  placeholder,
  noun,
  hint,
  caption,
  columns,
  rowKey,
  minWidthClass,
  virtualTestId,
  bulk,
}: ListViewProps<T, K>) {
  const t = useMessages(messages);
  const list = useListSearch({ search, onSearchChange });
  const locale = useLocale();
  const shown = useListPipeline({
    index,
    items,
    locale,
    sort: search.sort,
    dir: search.dir,
    query: list.query,
  });
  const phone = usePhoneLayout();
  const choice = useColumnChoice(listId, columns);
  // The checkbox column is added after the choice: it is never hidden and never exported.
  const ordered = useListOrder({ index, items, locale, sort: search.sort, dir: search.dir });
  const selection = useRowSelection({ bulk, items: ordered, shown, rowKey, columns: choice.shown, noun });
  if (items.length === 0) return selection.frame(<EmptyState title={empty.title}>{empty.text}</EmptyState>);

  const exportCsv = () =>
    ownCsv
      ? ownCsv(shown)
      : downloadBlob(csvBlob(listCsv(choice.shown, shown, index.columns)), csvFileName(listId));
  return selection.frame(
    <SearchableList
      label={searchLabel}
      placeholder={placeholder}
      search={list}
      shown={shown.length}
      total={items.length}
      noun={noun}
      hint={hint}
      beside={
        <>
          {phone && selection.selectAll}
          {phone && (
            <ListSortSelect columns={columns} sort={search.sort} dir={search.dir} onChange={onSearchChange} />
          )}
          <ColumnMenu columns={columns} shown={choice.shown} onChange={choice.setShown} />
        </>
      }
      byStatus={
        <Button
          size="sm"
          className="mb-1.5"
          onClick={exportCsv}
          disabledReason={shown.length === 0 ? t.nothingToExport({ noun: noun[1] }) : null}
        >
          {t.exportCsv}
        </Button>
      }
    >
      <ListTable<T, K>
        caption={caption}
        columns={phone ? choice.shown : selection.columns}
        leading={phone ? selection.selectColumn : null}
        phone={phone}
        rows={shown}
        rowKey={rowKey}
        sort={list.sort}
        minWidthClass={minWidthClass}
        virtualTestId={virtualTestId}
        resetScrollKey={list.resetScrollKey}
      />
    </SearchableList>,
  );
}

type ListTableProps<T, K extends string> = TableProps<T, K> & {
  virtualTestId?: string;
  resetScrollKey: string;
  /** Cards instead of a table (below 640 px), with `leading` (the checkbox) beside each title. */
  phone: boolean;
  leading: TableColumn<T, K> | null;
};

/**
 * The table, skipped by React while its rows and order are the same: the keystroke's own render
 * (the box) and the URL catching up with the text leave it alone.
 */
const ListTable = memo(function ListTable<T, K extends string>({
  virtualTestId,
  resetScrollKey,
  phone,
  leading,
  ...table
}: ListTableProps<T, K>) {
  const virtual = virtualTestId ? { testId: virtualTestId, resetScrollKey } : undefined;
  if (phone) return <ListCards {...table} leading={leading} virtual={virtual} />;
  return virtualTestId ? (
    <VirtualTable {...table} testId={virtualTestId} resetScrollKey={resetScrollKey} />
  ) : (
    <SortableTable {...table} />
  );
}) as <T, K extends string>(props: ListTableProps<T, K>) => ReactNode;

/**
 * A whole list page: the header, then what the area shows above the list (its section tabs, a
 * note), the list, and what follows it (e.g. a price table).
 */
export function ListPage<T, K extends string>({
  header,
  above,
  below,
  ...list
}: ListViewProps<T, K> & {
  header: ComponentProps<typeof PageHeader>;
  above?: ReactNode;
  below?: ReactNode;
}) {
  return (
    <>
      <PageHeader {...header} />
      {above}
      {below ? (
        <div className="space-y-6">
          <ListView {...list} />
          {below}
        </div>
      ) : (
        <ListView {...list} />
      )}
    </>
  );
}
