/// <reference types="vitest/config" />

import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { chunkGroups } from './build/chunk-groups.ts';
import { headOrder } from './build/head-order.ts';
import { routePreload } from './build/route-preload.ts';
import { srcAlias } from './build/src-alias.ts';
import { securityPlugin } from './scripts/vite/security-plugin.ts';
import { CONNECTION_STORAGE_KEY } from './src/api/connection-storage-key.ts';

// The dev server proxies /proxy/* to a real API (API_PROXY_TARGET), so the browser stays
// same-origin and can read the RateLimit-* headers without CORS exposing them.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const proxyTarget = env.API_PROXY_TARGET ?? 'https://api.securebit.ch';
  const chunks = chunkGroups();
  return {
    plugins: [
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        // Loaders too: they pull in the catalogue, zod and the domain rules, which the first
        // load does not need. Loader and component share a chunk: one request per page.
        codeSplittingOptions: {
          defaultBehavior: [
            ['loader', 'component'],
            ['pendingComponent', 'errorComponent', 'notFoundComponent'],
          ],
        },
      }),
      react(),
      tailwindcss(),
      chunks.plugin,
      routePreload({ demo: env.VITE_DEMO === 'true', storageKey: CONNECTION_STORAGE_KEY }),
      headOrder(),
      // Last: its meta tags go first in <head>, ahead of everything the plugins above add.
      securityPlugin({ demo: env.VITE_DEMO === 'true' }),
    ],
    // `@/x` is `src/x`: imports say where a module lives instead of climbing directories.
    resolve: {
      alias: {
        ...srcAlias,
        // TanStack Store asks for the React 17 shim of a CommonJS hook: the same hook as ESM over
        // React 19's own useSyncExternalStore (1.1 KiB less to load).
        'use-sync-external-store/shim/with-selector': fileURLToPath(
          new URL('./build/use-sync-external-store-with-selector.ts', import.meta.url),
        ),
      },
    },
    server: {
      host: '127.0.0.1',
      port: 5390,
      open: process.env.CI ? false : '/demo',
      proxy: {
        '/proxy': {
          target: proxyTarget,
          changeOrigin: true,
          rewrite: (path) => path.replace(/^\/proxy/, ''),
        },
      },
    },
    preview: { host: '127.0.0.1', port: 5391, strictPort: true },
    build: {
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      // The entry's dynamic imports (every route's chunk) carry no dependency lists: the route
      // preload table in index.html (public/route-preload.js) asks for a page's chunks instead,
      // on load, on navigation and on a link's hover or focus. The lists cost ~1.8 KiB of the first load.
      modulePreload: {
        // Every browser that runs es2022 either preloads modules itself or loads them anyway.
        polyfill: false,
        resolveDependencies: (_file, deps, { hostId, hostType }) =>
          hostType === 'js' && /(^|\/)index-[\w-]+\.js$/.test(hostId) ? [] : deps,
      },
      rolldownOptions: { output: { codeSplitting: chunks.codeSplitting } },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
      css: false,
      restoreMocks: true,
      // Integration tests render the whole app against the simulated API: give them room on 2 cores.
      testTimeout: 15_000,
    },
  };
});
