import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { columnId, type TableColumn } from '@/features/ui/table-columns';

/** Which columns the user turned on or off, per list id: `{ "GUID": false, "Country": true }`. */
type Choice = Record<string, boolean>;

const storageKey = (listId: string) => `console.list-columns.${listId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; choice: Choice }>();

function readChoice(listId: string): Choice {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(storageKey(listId));
  } catch {
    // Storage switched off: the defaults, and choices last until the page closes.
  }
  const cached = cache.get(listId);
  if (cached && cached.raw === raw) return cached.choice;
  let choice: Choice = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      choice = Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
      );
    }
  } catch {
    // A damaged entry counts as no choice.
  }
  cache.set(listId, { raw, choice });
  return choice;
}

function writeChoice(listId: string, choice: Choice): void {
  const raw = JSON.stringify(choice);
  cache.set(listId, { raw, choice });
  try {
    localStorage.setItem(storageKey(listId), raw);
  } catch {
    // Not kept: the choice still applies until the page closes (the cache above).
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

// A choice stored before columns had language-free ids is keyed by the English header.
export const isShown = <T, K extends string>(column: TableColumn<T, K>, choice: Choice) =>
  choice[columnId(column)] ?? choice[column.header] ?? !column.optional;

/**
 * The columns a list shows: the declared ones minus those the user turned off, plus the extra
 * (`optional`) ones turned on, remembered per list in localStorage. The last shown column
 * cannot be turned off. `shown` keeps its identity while the choice is unchanged (memoised rows).
 */
export function useColumnChoice<T, K extends string>(listId: string, columns: readonly TableColumn<T, K>[]) {
  const choice = useSyncExternalStore(
    subscribe,
    () => readChoice(listId),
    () => readChoice(listId),
  );
  const shown = useMemo(() => {
    const picked = columns.filter((column) => isShown(column, choice));
    // Never an empty table, even from a stored choice that no longer fits the columns.
    return picked.length > 0 ? picked : columns.slice(0, 1);
  }, [columns, choice]);
  const setShown = useCallback(
    (column: TableColumn<T, K>, on: boolean) => {
      const current = readChoice(listId);
      writeChoice(listId, { ...current, [columnId(column)]: on });
    },
    [listId],
  );
  return { shown, setShown };
}
