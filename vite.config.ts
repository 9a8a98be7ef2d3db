/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { chunkGroups } from './build/chunk-groups.ts';
import { inlineEntryCss } from './build/inline-css.ts';
import { routePreload } from './build/route-preload.ts';

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
      inlineEntryCss(),
      routePreload({
        // Where the guards will send the browser: /demo opens the home page in a demo build and
        // the connect screen otherwise (routes/demo.tsx); without a stored connection every other
        // page but /connect redirects there (routes/_app.tsx). The key is connection.ts's STORAGE_KEY.
        pathExpression: `(()=>{const p=location.pathname;if(p==='/demo')return ${env.VITE_DEMO === 'true' ? "'/'" : "'/connect'"};try{const k='4b42.connection';return sessionStorage.getItem(k)||localStorage.getItem(k)?p:'/connect'}catch{return p}})()`,
      }),
    ],
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
      rolldownOptions: { output: { codeSplitting: chunks.codeSplitting } },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
      // Integration tests render the whole app against the simulated API: give them room on 2 cores.
      testTimeout: 15_000,
    },
  };
});
