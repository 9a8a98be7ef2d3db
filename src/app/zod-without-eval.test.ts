import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './zod-without-eval';

describe('zod without eval', () => {
  it('runs zod jitless, so it never calls new Function', () => {
    expect(z.config().jitless).toBe(true);
    let compiled = 0;
    const spy = new Proxy(Function, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args);
      },
    });
    const original = globalThis.Function;
    globalThis.Function = spy;
    try {
      const schema = z.object({ a: z.string(), b: z.number().optional() });
      expect(schema.parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
      expect(schema.safeParse({ a: 1 }).success).toBe(false);
      expect(compiled).toBe(0);
    } finally {
      globalThis.Function = original;
    }
  });
});
