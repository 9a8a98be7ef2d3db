import { createExternalStore } from '@/api/external-store';
import { seedLarge } from '../seed/large';
import { seedStandard } from '../seed/standard';
import { clearDatabase, loadDatabase, loadDataSet, saveDatabase, saveDataSet } from './persistence';
import type { Database, DataSet } from './types';

/** The chosen data set; the database itself is built on first use (the large one takes a moment). */
export const dataSetStore = createExternalStore<DataSet>('standard');

let current: Database | null = null;

export function seedDatabase(dataSet: DataSet): Database {
  return dataSet === 'large' ? seedLarge() : seedStandard();
}

/** The live database: from storage when there is one, else freshly seeded. */
export function database(): Database {
  if (!current) {
    const dataSet = dataSetStore.get();
    current = loadDatabase(dataSet) ?? seedDatabase(dataSet);
    saveDatabase(current);
  }
  return current;
}

/** Called after every successful write. */
export function commit(): void {
  if (current) saveDatabase(current);
}

/** Fresh seed of the given (or current) data set; the next call builds it. */
export function resetDatabase(dataSet: DataSet = dataSetStore.get()): void {
  clearDatabase();
  saveDataSet(dataSet);
  current = null;
  dataSetStore.set(dataSet);
}

/** Re-reads everything from storage, as a page reload would. */
export function reloadDatabase(): void {
  current = null;
  dataSetStore.set(loadDataSet() ?? 'standard');
}
