import { setupServer } from 'msw/node';
import { setClock } from './clock';
import { resetDatabase } from './db/database';
import { attachStorage } from './db/persistence';
import { faultStore, NO_FAULTS } from './faults';
import { handlers } from './handlers';
import { setDefaultLatency } from './latency';
import { resetBuckets } from './rate-limit-bucket';

/** The simulated API for vitest (src/test/setup.ts listens with onUnhandledRequest: 'error'). */
export const server = setupServer(...handlers);

/** Fresh seeded standard data, full buckets, no faults, no latency, the real clock, no storage. */
export function resetSimulatedApi(): void {
  attachStorage(null);
  setClock(null);
  setDefaultLatency(0, 0);
  faultStore.set(NO_FAULTS);
  resetBuckets();
  resetDatabase('standard');
}
