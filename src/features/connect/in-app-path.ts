const BASE = 'http://console.invalid';

/**
 * A path inside the console, safe to navigate to after connecting. Browsers read `\` as `/` and
 * drop tabs and newlines, so `/\host` or `/<tab>/host` would leave the app: a redirect target
 * must start with one `/`, contain no backslash, and resolve to the console's own origin.
 */
export function isInAppPath(value: unknown): value is string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.includes('\\')) return false;
  try {
    return new URL(value, BASE).origin === BASE;
  } catch {
    return false;
  }
}
