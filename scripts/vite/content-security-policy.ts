import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The console's Content-Security-Policy: one source for the build's meta tag, the header form in
 * README.md and the e2e test that serves the production build with it.
 */

/** Where the real API's movie posters live (docs: GET /v1/tools/media/movie/poster/{name}). */
export const POSTER_ORIGIN = 'https://image.tmdb.org';

export const REFERRER_POLICY = 'no-referrer';

export interface PolicyOptions {
  /** The demo build registers msw's service worker (same origin). */
  demo: boolean;
  /**
   * `frame-ancestors` works only as an HTTP header (a meta tag with it draws a console error), so
   * the header form adds it.
   */
  header: boolean;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * sonner (the toasts) inserts one constant <style> element when it loads. Its hash lets exactly
 * that stylesheet in, so style-src needs no 'unsafe-inline'. Read from the installed package, so
 * an upgrade cannot leave the toasts unstyled; a build fails loudly if the call is not found.
 * sonner appends the element before its text, and Chromium checks the empty element too: the
 * hash of '' is allowed as well (an empty stylesheet).
 */
export function sonnerStyleHashes(): string[] {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('sonner')), 'index.mjs');
  const literal = /__insertCSS\(("(?:[^"\\]|\\.)*")\)/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!literal) throw new Error(`Content-Security-Policy: no __insertCSS("…") call in ${file}`);
  return [sha256(JSON.parse(literal) as string), sha256('')];
}

/**
 * - script-src 'self': every script is a file of this site; index.html has no inline script
 *   (the theme is applied by public/theme.js).
 * - style-src: the Tailwind stylesheet, plus sonner's one inline <style> by hash. React, Headless
 *   UI and the virtual tables set styles through the CSSOM (element.style), which CSP does not
 *   govern, so no 'unsafe-inline'.
 * - connect-src: the user picks the API's base URL at /connect, so no host can be named: any
 *   https origin, this site (the dev proxy, the demo) and plain http only on this machine
 *   (a local API or tunnel). A key sent over plain http to another machine could be read on the
 *   way; the connect form says so, and this policy refuses it.
 * - img-src: this site (the favicon, the demo's poster) and the real API's poster host.
 * - frame-src blob:: the abuse report's PDF, previewed inline from the downloaded bytes.
 * - worker-src 'self' in the demo build only: msw's service worker.
 */
export function contentSecurityPolicy({ demo, header }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...sonnerStyleHashes()],
    ['img-src', "'self'", POSTER_ORIGIN],
    ['frame-src', 'blob:'],
    ['connect-src', "'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
    ...(demo ? [['worker-src', "'self'"] as [string, string]] : []),
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    ['form-action', "'self'"],
    ...(header ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
