import { cx } from './class-names';
import { ColGroup, HeaderCells, RowCells, type TableProps, useCellTitles } from './table-columns';

/** A short sortable table with every row in the DOM: for lists of a handful (no virtualising). */
export function SortableTable<T, K extends string>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  minWidthClass,
}: TableProps<T, K>) {
  const showTitle = useCellTitles(columns, (tr) => rows[tr.sectionRowIndex]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <table className={cx('w-full table-fixed border-collapse text-sm', minWidthClass)}>
        <caption className="sr-only">{caption}</caption>
        <ColGroup columns={columns} />
        <thead>
          <tr>
            <HeaderCells columns={columns} sort={sort} />
          </tr>
        </thead>
        <tbody onPointerOver={showTitle}>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className="h-11 border-b border-slate-100 last:border-b-0 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/60"
            >
              <RowCells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
