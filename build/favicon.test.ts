import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const html = readFileSync(path.join(root, 'index.html'), 'utf8');

/** The page's icon links, as the browser reads them from index.html. */
function iconLinks(): { href: string; type: string | undefined; sizes: string | undefined }[] {
  return [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/g)].map(([tag]) => ({
    href: /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '',
    type: /\btype="([^"]+)"/.exec(tag)?.[1],
    sizes: /\bsizes="([^"]+)"/.exec(tag)?.[1],
  }));
}

/** A PNG's width and height, from its header (IHDR). */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the tab icon', () => {
  it('is a PNG that exists, as large as the page says', () => {
    const links = iconLinks();
    expect(links).toHaveLength(1);
    const [icon] = links;
    // Chromium parses an SVG icon anew on every address change: a search reaching the URL paid
    // about 4 ms of main thread for it (trace of the users list in `npm run bench`'s Chromium).
    expect(icon?.type).toBe('image/png');
    const bytes = readFileSync(path.join(root, 'public', icon?.href ?? ''));
    expect(pngSize(bytes)).toBe(icon?.sizes);
  });
});
