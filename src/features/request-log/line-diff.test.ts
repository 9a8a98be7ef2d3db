import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('marks changed lines and keeps the rest', () => {
    const before = JSON.stringify({ code: 'invalid_input', message: 'bad', keep: 1 }, null, 2);
    const after = JSON.stringify({ name: '10000001', keep: 1 }, null, 2);
    const diff = diffLines(before, after);
    expect(diff.filter((d) => d.kind === 'removed').map((d) => d.text.trim())).toEqual([
      '"code": "invalid_input",',
      '"message": "bad",',
    ]);
    expect(diff.filter((d) => d.kind === 'added').map((d) => d.text.trim())).toEqual(['"name": "10000001",']);
    expect(diff.filter((d) => d.kind === 'same').map((d) => d.text.trim())).toEqual(['{', '"keep": 1', '}']);
  });

  it('finds nothing to mark in equal texts, and everything against an empty one', () => {
    expect(diffLines('a\nb', 'a\nb').every((d) => d.kind === 'same')).toBe(true);
    expect(diffLines('', 'x\ny')).toEqual([
      { kind: 'added', text: 'x' },
      { kind: 'added', text: 'y' },
    ]);
  });
});
