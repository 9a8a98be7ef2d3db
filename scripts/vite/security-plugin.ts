import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { DEMO_WORKER_FILE } from '../../src/api/demo-gate.ts';
import { contentSecurityPolicy, REFERRER_POLICY } from './content-security-policy.ts';

/** Public files that only the simulated API uses: a production build must not serve them. */
export const DEMO_ONLY_FILES = [DEMO_WORKER_FILE, 'demo-poster.svg'];

/**
 * For builds (production and demo), not the dev server (HMR injects inline scripts):
 * - puts the Content-Security-Policy and the referrer policy in index.html as meta tags, first
 *   in <head> so they govern everything after them;
 * - leaves the demo's service worker and poster out of a production build.
 */
export function securityPlugin({ demo }: { demo: boolean }): Plugin {
  let config: ResolvedConfig;
  return {
    name: '4b42-security',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy({ demo, header: false }),
          },
          injectTo: 'head-prepend',
        },
        { tag: 'meta', attrs: { name: 'referrer', content: REFERRER_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    async closeBundle() {
      if (demo) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      await Promise.all(DEMO_ONLY_FILES.map((file) => rm(path.join(outDir, file), { force: true })));
    },
  };
}
