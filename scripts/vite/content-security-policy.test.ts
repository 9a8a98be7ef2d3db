import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, REFERRER_POLICY } from './content-security-policy.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the Content-Security-Policy', () => {
  it('is documented in README.md exactly as the build sends it, in its header form', () => {
    expect(readme).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy({ demo: false, header: true })}\n`,
    );
    expect(readme).toContain(`Referrer-Policy: ${REFERRER_POLICY}\n`);
  });

  it('allows no inline script, no eval, no plugins, no base or framing tricks', () => {
    const policy = contentSecurityPolicy({ demo: false, header: true });
    const directive = (name: string) =>
      policy
        .split('; ')
        .find((d) => d.startsWith(`${name} `))
        ?.slice(name.length + 1);
    expect(directive('default-src')).toBe("'none'");
    expect(directive('script-src')).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|data:|(?:^|\s)\*(?:\s|;|$)/);
    // blob: only for frames (the abuse report's PDF preview), never for scripts or styles.
    expect(directive('frame-src')).toBe('blob:');
    expect(policy.replace(/frame-src blob:;/, '')).not.toMatch(/blob:/);
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('form-action')).toBe("'self'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('img-src')).toBe("'self' https://image.tmdb.org");
    expect(directive('connect-src')).toBe("'self' https: http://localhost:* http://127.0.0.1:*");
  });

  it('keeps meta-tag-only rules out of the meta form, and lets the demo build run its worker', () => {
    expect(contentSecurityPolicy({ demo: false, header: false })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ demo: false, header: false })).not.toContain('worker-src');
    expect(contentSecurityPolicy({ demo: true, header: false })).toContain("worker-src 'self'");
  });
});
