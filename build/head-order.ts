import type { Plugin } from 'vite';

/**
 * Moves the head's blocking scripts (classic `<script src>` without async or defer, i.e.
 * `theme.js`) to the end of `<head>`, after the entry, the stylesheet and the route preload.
 * The parser stops at a blocking script until it has arrived and run; placed first, it held
 * back every request after it by one round trip on a slow network. Placed last, it still runs
 * before the body is parsed, so before the first paint.
 */
export function headOrder(): Plugin {
  return {
    name: '4b42:head-order',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const blocking =
          /[ \t]*<script(?![^>]*\b(?:async|defer|type=))[^>]*\bsrc="[^"]*"[^>]*><\/script>\n?/g;
        const [head = '', rest = ''] = html.split(/(?=<\/head>)/);
        const scripts = head.match(blocking) ?? [];
        if (scripts.length === 0) return html;
        const moved = scripts.map((script) => `    ${script.trim()}`).join('\n');
        return `${head.replace(blocking, '').trimEnd()}\n${moved}\n  ${rest}`;
      },
    },
  };
}
