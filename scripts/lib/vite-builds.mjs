import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh temporary directory; remove it with `rm(dir, { recursive: true, force: true })`. */
export function makeTempDir(prefix) {
  return mkdtemp(path.join(tmpdir(), `4b42-${prefix}-`));
}

export async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

/**
 * `vite build` with the project's vite.config.ts into `outDir`. `mode: 'production'` is what users
 * get (no simulated API); `mode: 'demo'` is the build the e2e tests run (msw in a service worker).
 */
export async function viteBuild({ outDir, mode = 'production', manifest = false }) {
  const { build } = await import('vite');
  await build({
    root: ROOT,
    mode,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest },
  });
  return outDir;
}

/** A free TCP port on 127.0.0.1 (the msw service worker needs a secure context: 127.0.0.1 is one). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves a built directory with `vite preview`; returns `{ url, close }`. */
export async function vitePreview({ outDir, mode = 'production', port }) {
  const { preview } = await import('vite');
  const chosen = port ?? (await freePort());
  const server = await preview({
    root: ROOT,
    mode,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: chosen, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${chosen}`,
    close: () => server.close(),
  };
}
