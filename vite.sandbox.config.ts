import { defineConfig } from 'vite';
import { srcAlias } from './build/src-alias.ts';

// The sandbox server is TypeScript that imports the simulated API's sources. Node 20 cannot run
// TypeScript, so vite (already here for the app) bundles it into one ES module for node: no
// extra loader such as tsx. Packages stay external and are read from node_modules.
export default defineConfig({
  // The same `@/` as the app: the simulated API's sources use it.
  resolve: { alias: srcAlias },
  build: {
    ssr: 'src/sandbox/main.ts',
    outDir: 'dist-sandbox',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: { output: { entryFileNames: 'sandbox.mjs' } },
  },
  // Bundled rather than resolved by node: `punycode` would otherwise be node's deprecated builtin.
  ssr: { noExternal: ['punycode'] },
  publicDir: false,
  logLevel: 'warn',
});
