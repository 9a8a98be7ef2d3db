import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const KiB = 1024;

export function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * What index.html loads eagerly: the entry script, every chunk it imports statically (Vite emits a
 * modulepreload link for each) and the stylesheets. Taken from the built index.html and checked
 * against the manifest's static-import closure, so neither can miss a file.
 */
export function firstLoadFiles(ctx) {
  const html = readFileSync(path.join(ctx.distDir, 'index.html'), 'utf8');
  const fromHtml = new Set();
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStylesheet = /rel="stylesheet"/.test(tag);
    const url = tag.match(/(?:src|href)="([^"]+)"/)?.[1];
    if (url && (isEntry || isPreload || isStylesheet) && !/^(?:[a-z]+:)?\/\//i.test(url)) {
      fromHtml.add(url.replace(/^\//, ''));
    }
  }

  const fromManifest = new Set();
  const visit = (key) => {
    const chunk = ctx.manifest[key];
    if (!chunk || fromManifest.has(chunk.file)) return;
    fromManifest.add(chunk.file);
    for (const css of chunk.css ?? []) fromManifest.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(ctx.manifest)) if (chunk.isEntry) visit(key);

  const missing = [...fromManifest].filter((file) => !fromHtml.has(file));
  if (missing.length > 0)
    ctx.log(`note: statically imported but not linked from index.html: ${missing.join(', ')}`);
  return [...new Set([...fromHtml, ...fromManifest])].sort(byKindThenName);
}

/** Every emitted JS and CSS file (public/ files such as mockServiceWorker.js are not chunks). */
export function allChunks(ctx) {
  const files = new Set();
  for (const chunk of Object.values(ctx.manifest)) {
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files].filter((file) => /\.(?:js|css)$/.test(file)).sort(byKindThenName);
}

export const kindOf = (file) => (file.endsWith('.css') ? 'css' : 'js');

function byKindThenName(a, b) {
  return kindOf(a).localeCompare(kindOf(b)) || a.localeCompare(b);
}
