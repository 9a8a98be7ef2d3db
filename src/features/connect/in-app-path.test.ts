import { describe, expect, it } from 'vitest';
import { isInAppPath } from './in-app-path';

describe('isInAppPath', () => {
  it.each(['/', '/explorer', '/customers/10000001?q=a#top', '/directory/1/groups/a%2Fb'])(
    'accepts %s',
    (path) => {
      expect(isInAppPath(path)).toBe(true);
    },
  );

  it.each([
    ['a host after two slashes', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a backslash later on', '/x\\..\\y'],
    ['a tab the URL parser drops', '/\t/evil.example'],
    ['a newline the URL parser drops', '/\n/evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'explorer'],
    ['not text', 42],
  ])('refuses %s', (_, path) => {
    expect(isInAppPath(path)).toBe(false);
  });
});
