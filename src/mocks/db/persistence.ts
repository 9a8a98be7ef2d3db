import type { Database, DataSet } from './types';

/**
 * Browser persistence of the simulated API (node tests keep everything in memory: no storage is
 * attached there). Bump the version when a record shape changes: an old database is then dropped
 * and re-seeded rather than misread.
 */
const PREFIX = '4b42.demo-api.v1';
const KEYS = { db: `${PREFIX}.db`, dataSet: `${PREFIX}.data-set`, buckets: `${PREFIX}.buckets` } as const;

let storage: Storage | null = null;

export function attachStorage(next: Storage | null): void {
  storage = next;
}

function read(key: string): unknown {
  const raw = storage?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    storage?.removeItem(key);
    return null;
  }
}

function write(key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    // Quota exceeded (or storage disabled).
    return false;
  }
}

export function loadDataSet(): DataSet | null {
  const value = read(KEYS.dataSet);
  return value === 'standard' || value === 'large' ? value : null;
}

export function saveDataSet(dataSet: DataSet): void {
  write(KEYS.dataSet, dataSet);
}

/** The stored database, if any and of the given data set. */
export function loadDatabase(dataSet: DataSet): Database | null {
  const value = read(KEYS.db) as Database | null;
  if (!value || typeof value !== 'object' || !Array.isArray(value.customers)) return null;
  return value.dataSet === dataSet ? value : null;
}

/**
 * Saves the database. The large data set can exceed the storage quota (about 5 MB): then only the
 * data-set choice is kept and the data is regenerated deterministically on the next load, losing
 * the writes made since. Better than a demo that cannot start.
 */
export function saveDatabase(db: Database): void {
  if (!storage) return;
  saveDataSet(db.dataSet);
  if (!write(KEYS.db, db)) storage.removeItem(KEYS.db);
}

export function clearDatabase(): void {
  storage?.removeItem(KEYS.db);
}

export function loadBuckets(): unknown {
  return read(KEYS.buckets);
}

export function saveBuckets(value: unknown): void {
  write(KEYS.buckets, value);
}
