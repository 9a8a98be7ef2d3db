/**
 * The simulated API's idea of "now". Defaults to Date.now (so vi fake timers work); tests that
 * want a hand-driven clock can inject one.
 */
let source: () => number = () => Date.now();

export function now(): number {
  return source();
}

export function setClock(next: (() => number) | null): void {
  source = next ?? (() => Date.now());
}
