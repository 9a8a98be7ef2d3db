import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentSecurityPolicy, REFERRER_POLICY } from '../scripts/vite/content-security-policy.ts';

/**
 * The production build (no simulated API), built by playwright.config.ts's webServer next to the
 * demo build, and served here as a host would: static files, index.html for every app path, and
 * the security headers from README.md.
 */
export const PRODUCTION_OUT_DIR = `${process.env.E2E_OUT_DIR ?? 'dist-demo'}-production`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Serves the production build on a free loopback port, with the policy also sent as a header. */
export async function serveProductionBuild(): Promise<Served> {
  const root = path.resolve(PRODUCTION_OUT_DIR);
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy({ demo: false, header: true }),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname);
    const isFile = file.startsWith(root + path.sep) && (await stat(file).catch(() => null))?.isFile();
    // A path with an extension is a file (404 if missing); anything else is an app route.
    if (!isFile && path.extname(pathname)) {
      res.writeHead(404, headers).end();
      return;
    }
    const target = isFile ? file : path.join(root, 'index.html');
    const type = TYPES[path.extname(target)] ?? 'application/octet-stream';
    res.writeHead(200, { ...headers, 'Content-Type': type }).end(await readFile(target));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
