/**
 * The simulated API starts in the background so the demo paints its shell at once; calls to it
 * wait here until it runs. Set by features/connect/open-demo.ts; null outside the demo.
 */
let ready: Promise<void> | null = null;

export function setDemoApiReady(promise: Promise<void> | null): void {
  ready = promise;
}

export function demoApiReady(): Promise<void> | null {
  return ready;
}
