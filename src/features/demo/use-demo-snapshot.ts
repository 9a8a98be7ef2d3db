import { useEffect, useState, useSyncExternalStore } from 'react';
import { type DemoSnapshot, demoStore } from '@/mocks/demo-controls';

/** The simulated API's controls as React state. */
export function useDemoSnapshot(): DemoSnapshot {
  return useSyncExternalStore(demoStore.subscribe, demoStore.get);
}

/** Re-renders once a second while `active`: the budget refills between requests. */
export function useSecondTick(active: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [active]);
}
