import { useDebugValue, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';

/**
 * `use-sync-external-store/with-selector` for React 19, aliased in vite.config.ts: the package
 * ships it as CommonJS with a polyfilled `Object.is` (0.8 KiB of the first load, which TanStack
 * Store's `useSelector` pulls in). The same algorithm: a selection is kept while the snapshot
 * is the same object, or while `isEqual` says the new selection equals the old.
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: (() => Snapshot) | undefined | null,
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  const last = useRef<{ value: Selection } | null>(null);
  const [getSelection, getServerSelection] = useMemo(() => {
    let memo: { snapshot: Snapshot; selection: Selection } | null = null;
    const select = (snapshot: Snapshot): Selection => {
      if (memo && Object.is(memo.snapshot, snapshot)) return memo.selection;
      const next = selector(snapshot);
      const previous = memo ? memo.selection : last.current?.value;
      const kept = isEqual !== undefined && (memo || last.current) && isEqual(previous as Selection, next);
      memo = { snapshot, selection: kept ? (previous as Selection) : next };
      return memo.selection;
    };
    return [
      () => select(getSnapshot()),
      getServerSnapshot ? () => select(getServerSnapshot()) : undefined,
    ] as const;
  }, [getSnapshot, getServerSnapshot, selector, isEqual]);
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    last.current = { value };
  }, [value]);
  useDebugValue(value);
  return value;
}
