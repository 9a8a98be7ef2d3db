import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { freePort } from './vite-builds.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

/**
 * Serves a built directory as a static host would: brotli or gzip as the browser asks (compressed
 * before the server listens, as a host precompresses at deploy, so no timed load pays for it), hashed assets cached for a year, every unknown path answered with
 * index.html (the app routes in the browser). Returns `{ url, close }`.
 */
export async function serveStatic(dir, { port } = {}) {
  const chosen = port ?? (await freePort());
  const cache = new Map();

  const load = async (file) => {
    if (!cache.has(file)) {
      const body = await readFile(file);
      const ext = path.extname(file);
      const entry = { body, type: TYPES[ext] ?? 'application/octet-stream' };
      if (COMPRESSIBLE.has(ext)) {
        entry.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        entry.gzip = gzipSync(body, { level: 9 });
      }
      cache.set(file, entry);
    }
    return cache.get(file);
  };

  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(files.filter((f) => f.isFile()).map((f) => load(path.join(f.parentPath, f.name))));

  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let file = path.join(dir, path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
      const isFile = await stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!isFile) file = path.join(dir, 'index.html');
      const entry = await load(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding =
        entry.br && /\bbr\b/.test(accepts) ? 'br' : entry.gzip && /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const headers = {
        'Content-Type': entry.type,
        'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (encoding) headers['Content-Encoding'] = encoding;
      const body = encoding ? entry[encoding] : entry.body;
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(chosen, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${chosen}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
