import { memo, type ReactNode, useRef } from 'react';
import { cardClass, cx } from '@/features/ui/class-names';
import { columnId, type TableColumn } from '@/features/ui/table-columns';
import { useWindowRows } from '@/features/ui/use-window-rows';

/** Every line of a card is this high (a row action's button fits), so a card's height is known. */
const LINE_HEIGHT = 28;
/** Border, vertical padding and the gap below a card. */
const CARD_CHROME = 2 + 16 + 8;
const cardHeight = (columns: number) => CARD_CHROME + LINE_HEIGHT * Math.max(columns, 1);

interface ListCardsProps<T, K extends string> {
  caption: string;
  columns: readonly TableColumn<T, K>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown before each card's title (the row's checkbox), not as a line of its own. */
  leading?: TableColumn<T, K> | null;
}

/**
 * A list on a phone: one card per row, the first column (the row's link) as its title and the
 * others as label and value, row actions included. Long lists (`virtual`) keep only the cards in
 * view in the DOM, against the page's scrollbar like the table.
 */
export function ListCards<T, K extends string>({
  virtual,
  ...props
}: ListCardsProps<T, K> & { virtual?: { testId: string; resetScrollKey: string } }) {
  return virtual ? (
    <VirtualCards {...props} {...virtual} />
  ) : (
    <ul aria-label={props.caption}>
      {props.rows.map((row) => (
        <Card key={props.rowKey(row)} columns={props.columns} leading={props.leading} row={row} />
      ))}
    </ul>
  );
}

function VirtualCards<T, K extends string>({
  caption,
  columns,
  leading,
  rows,
  testId,
  resetScrollKey,
}: ListCardsProps<T, K> & { testId: string; resetScrollKey: string }) {
  const listRef = useRef<HTMLUListElement>(null);
  const { items, spaceAbove, spaceBelow } = useWindowRows({
    rows,
    size: cardHeight(columns.length),
    anchor: listRef,
    resetScrollKey,
  });
  return (
    <ul
      ref={listRef}
      aria-label={caption}
      data-testid={testId}
      style={{ paddingTop: spaceAbove, paddingBottom: spaceBelow }}
    >
      {items.map((item) => (
        <Card
          key={item.key}
          columns={columns}
          leading={leading}
          row={rows[item.index] as T}
          position={{ index: item.index, of: rows.length }}
        />
      ))}
    </ul>
  );
}

/** One card, skipped by React while its record and columns are unchanged. */
const Card = memo(function Card<T, K extends string>({
  columns,
  leading,
  row,
  position,
}: {
  columns: readonly TableColumn<T, K>[];
  leading?: TableColumn<T, K> | null;
  row: T;
  position?: { index: number; of: number };
}) {
  const [first, ...rest] = columns;
  // A virtualised card has a computed height: each line is one truncated line. Other cards let a
  // line grow (wrapped text, an expanded detail), the title too.
  const fixed = position !== undefined;
  return (
    <li
      aria-posinset={position && position.index + 1}
      aria-setsize={position?.of}
      // Only a virtualised card needs its computed height; others grow with what they show.
      style={position && { height: cardHeight(columns.length) }}
      className="pb-2"
    >
      <div className={cx(cardClass, 'h-full px-3 py-2 text-sm shadow-none')}>
        {first && (
          <div
            className={cx(
              'flex min-w-0 items-center gap-1 font-medium text-slate-900 dark:text-slate-50',
              fixed ? 'h-7' : 'min-h-7 py-0.5',
            )}
          >
            {leading && <span className="-ml-2 shrink-0">{leading.cell(row)}</span>}
            <span className={fixed ? 'truncate' : 'min-w-0 break-words'} title={first.title?.(row)}>
              {first.cell(row)}
            </span>
          </div>
        )}
        {/* Labels take the width of the card's longest label, up to 7 rem, so a short label
            ("Updated") leaves its value the room a phone needs for a whole date and time. */}
        <dl
          className={cx(
            'grid grid-cols-[auto_minmax(0,1fr)] gap-x-3',
            fixed ? 'auto-rows-[1.75rem] items-center' : 'items-baseline',
          )}
        >
          {rest.map((column) => (
            <div key={columnId(column)} className="contents">
              <dt
                className={cx(
                  'max-w-28 text-xs text-slate-600 dark:text-slate-400',
                  // A long label (German "Verlängerung (jährlich)") wraps where the card may grow.
                  fixed ? 'truncate' : 'break-words py-1',
                )}
              >
                {column.header}
              </dt>
              <dd
                className={cx(
                  'min-w-0 text-slate-800 dark:text-slate-200',
                  fixed ? 'truncate' : 'break-words py-1',
                )}
                title={column.title?.(row)}
              >
                {column.cell(row)}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </li>
  );
}) as <T, K extends string>(props: {
  columns: readonly TableColumn<T, K>[];
  leading?: TableColumn<T, K> | null;
  row: T;
  position?: { index: number; of: number };
}) => ReactNode;
