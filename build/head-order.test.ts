import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { headOrder } from './head-order';

const transform = (html: string) => {
  const hook = headOrder().transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, {} as never) as string;
};

describe('headOrder', () => {
  it('moves a blocking script after the requests that follow it, still inside <head>', () => {
    const html = [
      '<html>',
      '  <head>',
      '    <script src="/theme.js"></script>',
      '    <script async src="/route-preload.js"></script>',
      '    <script type="module" crossorigin src="/assets/index.js"></script>',
      '    <link rel="stylesheet" href="/assets/index.css">',
      '  </head>',
      '  <body><script src="/late.js"></script></body>',
      '</html>',
    ].join('\n');
    const out = transform(html);
    const order = [...out.matchAll(/(theme|route-preload|index)\.(js|css)/g)].map((m) => m[0]);
    expect(order).toEqual(['route-preload.js', 'index.js', 'index.css', 'theme.js']);
    expect(out.indexOf('theme.js')).toBeLessThan(out.indexOf('</head>'));
    expect(out).toContain('<body><script src="/late.js"></script></body>');
  });

  it('leaves a head without blocking scripts as it is', () => {
    const html = '<head>\n  <script type="module" src="/a.js"></script>\n</head><body></body>';
    expect(transform(html)).toBe(html);
  });
});
