import { faultStore } from './faults';

/** Default jitter: none in tests, a realistic 80–250 ms in the browser demo (set by browser.ts). */
let range: readonly [number, number] = [0, 0];

export function setDefaultLatency(min: number, max: number): void {
  range = [Math.max(0, min), Math.max(min, max)];
}

export function latencyMs(): number {
  const override = faultStore.get().latencyMs;
  if (override !== null) return Math.max(0, override);
  const [min, max] = range;
  return min === max ? min : Math.round(min + Math.random() * (max - min));
}
