import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob } from '@/features/ui/download';
import { usePublishStickyTop } from '@/features/ui/sticky-top';
import type { TableColumn } from '@/features/ui/table-columns';
import { giveScrollersHeight } from '@/test/app-helpers';
import { stubPhoneLayout } from '@/test/phone-layout';
import { type ListIndex, ListView } from './list-view';
import type { ListBulk } from './row-selection';
import type { ListSearch } from './sort-order';
import { compareNames } from './text-match';

vi.mock('@/features/ui/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/ui/download')>()),
  downloadBlob: vi.fn(),
}));

interface Shop {
  id: string;
  name: string;
  city: string;
  note: string;
}
type Key = 'name' | 'city';

const SHOPS: Shop[] = [
  { id: '1', name: 'Bäckerei Müller', city: 'Zürich', note: 'Brot, "frisch"' },
  { id: '2', name: 'Alpen Shop', city: 'Bern', note: '' },
  { id: '3', name: 'Käserei Bühl', city: 'Basel', note: 'Käse' },
  { id: '4', name: 'Velo Shop', city: 'Chur', note: 'Räder' },
];
const INDEX: ListIndex<Shop, Key> = {
  searchable: (s) => [s.name, s.city],
  columns: {
    name: { value: (s) => s.name, compare: compareNames },
    city: { value: (s) => s.city, compare: compareNames },
  },
};
const COLUMNS: readonly TableColumn<Shop, Key>[] = [
  {
    header: 'Name',
    sortKey: 'name',
    title: (s) => s.name,
    cell: (s) => <a href={`/shops/${s.id}`}>{s.name}</a>,
  },
  { header: 'City', sortKey: 'city', cell: (s) => s.city },
  {
    header: 'Note',
    id: 'note',
    optional: true,
    hint: 'What the shop said about itself.',
    cell: (s) => s.note,
  },
];
const shopKey = (s: Shop) => s.id;
const SHOP_BULK: ListBulk<Shop> = {
  rowLabel: (s) => s.name,
  actions: (selected) => <button type="button">Close {selected.length}</button>,
};

function Shops({
  items = SHOPS,
  virtual = false,
  bulk,
}: {
  items?: Shop[];
  virtual?: boolean;
  bulk?: ListBulk<Shop>;
}) {
  const [search, setSearch] = useState<ListSearch<Key>>({ q: '', sort: 'name', dir: 'asc' });
  return (
    <ListView
      listId="shops"
      search={search}
      onSearchChange={(next) => setSearch((was) => ({ ...was, ...next }))}
      items={items}
      index={INDEX}
      empty={{ title: 'No shops', text: 'None yet.' }}
      searchLabel="Search shops"
      placeholder="Name or city"
      noun={['shop', 'shops']}
      caption="Shops"
      columns={COLUMNS}
      rowKey={shopKey}
      minWidthClass="min-w-[20rem]"
      virtualTestId={virtual ? 'shops-scroller' : undefined}
      bulk={bulk}
    />
  );
}

/** 500 shops in a virtual table whose rows start 100 px down the page (jsdom lays nothing out). */
function renderManyShops() {
  const many = Array.from({ length: 500 }, (_, i) => ({
    id: String(i),
    name: `Shop ${String(i).padStart(3, '0')}`,
    city: 'Bern',
    note: '',
  }));
  vi.spyOn(HTMLTableSectionElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => new DOMRect(0, 100 - window.scrollY, 800, 22_000),
  );
  render(<Shops items={many} virtual />);
  const scrollTo = (y: number) => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
    window.dispatchEvent(new Event('scroll'));
  };
  return { box: screen.getByTestId('shops-scroller'), scrollTo };
}

const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent);

describe('the lists kit', () => {
  beforeEach(() => {
    giveScrollersHeight();
    // jsdom does not scroll; the virtualiser puts the window where it already is on mount.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('counts one row in the singular: “1 shop”, not “1 shops”', async () => {
    const user = userEvent.setup();
    render(<Shops items={SHOPS.slice(0, 1)} />);
    expect(screen.getByText('1 shop')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), (SHOPS[0] as Shop).name);
    await waitFor(() => expect(screen.getByText('1 of 1 shop')).toBeInTheDocument());
  });

  it('lets the user choose the columns shown, keeps at least one, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Shops />);
    expect(headers()).toEqual(['Name', 'City']);

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Columns shown' });
    expect(within(menu).getByRole('checkbox', { name: /Note/ })).toHaveAccessibleDescription(
      'What the shop said about itself.',
    );
    await user.click(within(menu).getByRole('checkbox', { name: 'City' }));
    await user.click(within(menu).getByRole('checkbox', { name: /Note/ }));
    expect(headers()).toEqual(['Name', 'Note']);
    expect(screen.getByRole('row', { name: /Käserei Bühl/ })).toHaveTextContent('Käse');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Columns shown' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Columns' })).toHaveFocus();

    unmount();
    render(<Shops />);
    expect(headers()).toEqual(['Name', 'Note']);

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: /Note/ }));
    const name = screen.getByRole('checkbox', { name: /Name/ });
    expect(name).toHaveAccessibleDescription('At least one column stays shown.');
    await user.click(name);
    expect(name).toBeChecked();
    expect(headers()).toEqual(['Name']);
  });

  it('exports the filtered, sorted view with the shown columns as CSV with a BOM', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 2, 14, 12));
    const user = userEvent.setup();
    render(<Shops />);
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: /Note/ }));
    await user.click(screen.getByRole('button', { name: /City/ }));
    await user.click(screen.getByRole('button', { name: /City/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), 'u');
    await waitFor(() => expect(screen.getByText('3 of 4 shops')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    vi.useRealTimers();
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [blob, filename] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
    expect(filename).toBe('shops-2025-03-14-1200.csv');
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFName,City,Note\r\n' +
        'Bäckerei Müller,Zürich,"Brot, ""frisch"""\r\n' +
        'Velo Shop,Chur,Räder\r\n' +
        'Käserei Bühl,Basel,Käse\r\n',
    );
  });

  it('shows cards on a phone: the first column as title, the others as label and value', async () => {
    stubPhoneLayout();
    const user = userEvent.setup();
    render(<Shops />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Shops' })).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    expect(within(cards[0] as HTMLElement).getByRole('link', { name: 'Alpen Shop' })).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByRole('term')).toHaveTextContent('City');
    expect(within(cards[0] as HTMLElement).getByRole('definition')).toHaveTextContent('Bern');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'City, descending');
    const first = within(screen.getByRole('list', { name: 'Shops' })).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('Zürich');
  });

  it('brings a scrolled-past list back to its top on a new search, and leaves the page alone otherwise', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: String(i),
      name: `Shop ${i}`,
      city: 'Bern',
      note: '',
    }));
    render(<Shops items={many} virtual />);
    const box = screen.getByTestId('shops-scroller');
    let boxTop = 120;
    vi.spyOn(box, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, boxTop, 800, 22_000));
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    const scrollTo = vi.mocked(window.scrollTo);
    scrollTo.mockClear();
    try {
      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), '1');
      expect(scrollTo).not.toHaveBeenCalled();

      boxTop = -400;
      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), '2');
      expect(scrollTo).toHaveBeenLastCalledWith({ top: 600 });
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('brings the list’s top back below the console’s sticky header, not under it', async () => {
    const user = userEvent.setup();
    function StickyHeader() {
      const ref = useRef<HTMLElement>(null);
      usePublishStickyTop(ref);
      return <header ref={ref} style={{ position: 'sticky' }} />;
    }
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'HEADER' ? 51 : 0;
    });
    const many = Array.from({ length: 500 }, (_, i) => ({
      id: String(i),
      name: `Shop ${i}`,
      city: 'Bern',
      note: '',
    }));
    render(
      <>
        <StickyHeader />
        <Shops items={many} virtual />
      </>,
    );
    expect(document.documentElement.style.getPropertyValue('--sticky-top')).toBe('51px');
    const box = screen.getByTestId('shops-scroller');
    // The list's top is 30 px down the window: in view, but under the 51 px header.
    vi.spyOn(box, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 30, 800, 22_000));
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    const scrollTo = vi.mocked(window.scrollTo);
    scrollTo.mockClear();
    try {
      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), '2');
      expect(scrollTo).toHaveBeenLastCalledWith({ top: 979 });
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('keeps a focused row with its record while the page scrolls, and refills the rows on a search', async () => {
    const user = userEvent.setup();
    const { box, scrollTo } = renderManyShops();
    const rowLinks = () =>
      within(box)
        .getAllByRole('link')
        .map((link) => link.textContent);
    try {
      const link = within(box).getByRole('link', { name: 'Shop 005' });
      link.focus();
      // Seven rows down: row 5 is still drawn (two past the edge), and its element still shows it.
      scrollTo(100 + 7 * 44);
      await waitFor(() => expect(rowLinks()).not.toContain('Shop 004'));
      expect(document.activeElement).toHaveTextContent('Shop 005');
      expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '7');

      // Back up: the rows above come in before it, and it stays focused.
      scrollTo(0);
      await waitFor(() => expect(rowLinks()).toContain('Shop 000'));
      expect(document.activeElement).toHaveTextContent('Shop 005');
      expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', '7');

      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), '49');
      const found = ['049', '149', '249', '349', '449', ...Array.from({ length: 10 }, (_, i) => `49${i}`)];
      // The window's rows (the matches in view and two more), in order, numbered from the top.
      await waitFor(() => expect(rowLinks()[0]).toBe('Shop 049'));
      const drawn = rowLinks();
      expect(drawn.length).toBeGreaterThan(10);
      expect(drawn).toEqual(found.slice(0, drawn.length).map((n) => `Shop ${n}`));
      const rows = within(box).getAllByRole('row').slice(1);
      expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
        drawn.map((_, i) => String(i + 2)),
      );
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('jumps screens away by refilling the rows in place, but never refills the focused row', async () => {
    const { box, scrollTo } = renderManyShops();
    const bodyRows = () => within(box).getAllByRole('row').slice(1);
    try {
      const drawn = bodyRows();
      // Two hundred rows down: no row in view before is in view now.
      scrollTo(100 + 200 * 44);
      await waitFor(() => expect(within(box).getByRole('link', { name: 'Shop 200' })).toBeInTheDocument());
      const row = within(box).getByRole('link', { name: 'Shop 200' }).closest('tr');
      expect(row).toHaveAttribute('aria-rowindex', '202');
      // The same row elements, given the new records (what keeps a jump cheap).
      expect(bodyRows().filter((r) => drawn.includes(r)).length).toBeGreaterThan(10);

      within(box).getByRole('link', { name: 'Shop 205' }).focus();
      scrollTo(100 + 400 * 44);
      await waitFor(() => expect(within(box).getByRole('link', { name: 'Shop 400' })).toBeInTheDocument());
      // The focused link went with its row; it does not now stand for another shop.
      expect(box.contains(document.activeElement)).toBe(false);
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('shows a cell’s tooltip when pointed at, for the record its row shows now', async () => {
    const user = userEvent.setup();
    const { box, scrollTo } = renderManyShops();
    try {
      const cell = within(box).getByRole('link', { name: 'Shop 003' }).closest('td') as HTMLElement;
      // Not written into every cell drawn: only a pointer shows it.
      expect(box.querySelectorAll('td[title]')).toHaveLength(0);
      await user.hover(cell);
      expect(cell).toHaveAttribute('title', 'Shop 003');
      await user.hover(within(box).getAllByRole('cell', { name: 'Bern' })[0] as HTMLElement);
      expect(cell).not.toHaveAttribute('title');
      expect(box.querySelectorAll('td[title]')).toHaveLength(0);

      await user.hover(cell);
      // A jump refills the rows in place: the pointed cell's element now shows another shop.
      scrollTo(100 + 200 * 44);
      await waitFor(() => expect(within(box).getByRole('link', { name: 'Shop 200' })).toBeInTheDocument());
      expect(box.querySelectorAll('td[title]')).toHaveLength(0);
      const shown = cell.textContent;
      expect(shown).not.toBe('Shop 003');
      await user.unhover(cell);
      await user.hover(cell);
      expect(cell).toHaveAttribute('title', shown);
    } finally {
      Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    }
  });

  it('virtualises long lists as cards too', () => {
    stubPhoneLayout();
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: String(i),
      name: `Shop ${i}`,
      city: 'Bern',
      note: '',
    }));
    render(<Shops items={many} virtual />);
    const cards = within(screen.getByTestId('shops-scroller')).getAllByRole('listitem');
    expect(cards.length).toBeGreaterThan(3);
    expect(cards.length).toBeLessThan(40);
    expect(cards[0]).toHaveAttribute('aria-setsize', '2000');
    expect(cards[0]).toHaveAttribute('aria-posinset', '1');
  });

  describe('with row checkboxes', () => {
    it('holds the toolbar’s place with a hint, so the first tick does not push the rows down', async () => {
      const user = userEvent.setup();
      render(<Shops bulk={SHOP_BULK} />);
      expect(screen.getByText('Tick the boxes to act on several shops at once.')).toBeVisible();
      expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();

      await user.click(screen.getByRole('checkbox', { name: 'Select Alpen Shop' }));
      const toolbar = screen.getByRole('region', { name: 'Bulk actions' });
      expect(within(toolbar).getByRole('status')).toHaveTextContent('1 selected');
      expect(screen.queryByText('Tick the boxes to act on several shops at once.')).not.toBeInTheDocument();
    });

    it('gives the actions the selected rows in the order the list shows them', async () => {
      const user = userEvent.setup();
      const naming: ListBulk<Shop> = {
        rowLabel: (s) => s.name,
        actions: (selected) => <p data-testid="named">{selected.map((s) => s.name).join(' · ')}</p>,
      };
      render(<Shops bulk={naming} />);
      await user.click(screen.getByRole('checkbox', { name: /^Select all/ }));
      const named = screen.getByTestId('named');
      expect(named).toHaveTextContent('Alpen Shop · Bäckerei Müller · Käserei Bühl · Velo Shop');

      await user.click(screen.getByRole('button', { name: /^Name/ }));
      await waitFor(() =>
        expect(named).toHaveTextContent('Velo Shop · Käserei Bühl · Bäckerei Müller · Alpen Shop'),
      );
    });

    it('says how many selected rows the search hides, since the actions take them too', async () => {
      const user = userEvent.setup();
      render(<Shops bulk={SHOP_BULK} />);
      await user.click(screen.getByRole('checkbox', { name: 'Select Alpen Shop' }));
      await user.click(screen.getByRole('checkbox', { name: 'Select Velo Shop' }));
      const status = within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('status');
      expect(status).toHaveTextContent(/^2 selected$/);

      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), 'Velo');
      await waitFor(() => expect(status).toHaveTextContent('2 selected (1 hidden by the search)'));
      expect(screen.getByRole('button', { name: 'Close 2' })).toBeVisible();

      await user.clear(screen.getByRole('searchbox', { name: 'Search shops' }));
      await waitFor(() => expect(status).toHaveTextContent(/^2 selected$/));
    });

    it('Clear selection hides the bar and gives the keyboard the select-all box, or the search box', async () => {
      const user = userEvent.setup();
      render(<Shops bulk={SHOP_BULK} />);
      await user.click(screen.getByRole('checkbox', { name: 'Select Alpen Shop' }));
      const clear = screen.getByRole('button', { name: 'Clear selection' });
      clear.focus();
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Select all 4 shown shops' })).toHaveFocus();

      // No row shown: no select-all box, so the search box.
      await user.click(screen.getByRole('checkbox', { name: 'Select Alpen Shop' }));
      await user.type(screen.getByRole('searchbox', { name: 'Search shops' }), 'nothing like it');
      screen.getByRole('button', { name: 'Clear selection' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByRole('searchbox', { name: 'Search shops' })).toHaveFocus();
    });

    it('on a phone, select-all says what it is, since cards have no header row', async () => {
      stubPhoneLayout();
      const user = userEvent.setup();
      render(<Shops bulk={SHOP_BULK} />);
      const all = screen.getByRole('checkbox', { name: 'Select all 4 shown shops' });
      expect(all.closest('label')).toHaveTextContent(/^Select all/);
      expect(screen.getByText('Select all', { exact: true })).toBeVisible();

      await user.click(all);
      expect(
        within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('status'),
      ).toHaveTextContent('4 selected');
      expect(screen.getByRole('checkbox', { name: 'Select Käserei Bühl' })).toBeChecked();
    });
  });
});
