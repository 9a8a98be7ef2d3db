import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changedFields, formResolver } from './form-resolver';

const schema = z.object({
  name: z.string().min(1, 'Enter a name'),
  zip: z.string().regex(/^\d{4}$/, 'Four digits'),
  ttl: z.coerce.number().int('Whole seconds'),
});
const resolverOptions = { fields: {}, shouldUseNativeValidation: false, criteriaMode: 'all' as const };

describe('formResolver', () => {
  it('reports every failing field at once', async () => {
    const resolve = formResolver<{ name: string; zip: string; ttl: string }, z.output<typeof schema>>(
      schema,
      () => ({}),
    );
    const result = await resolve({ name: '', zip: 'x', ttl: '1.5' }, undefined, resolverOptions);
    expect(Object.keys(result.errors).sort()).toEqual(['name', 'ttl', 'zip']);
  });

  it('lets a stored value the user did not touch through, and still checks what was changed', async () => {
    const stored = { name: 'Acme', zip: 'CH-8000', ttl: '3600' };
    const resolve = formResolver<typeof stored, z.output<typeof schema>>(schema, () => stored);
    const untouched = await resolve({ ...stored, ttl: '7200' }, undefined, resolverOptions);
    expect(untouched.errors).toEqual({});
    expect(untouched.values).toEqual({ name: 'Acme', zip: 'CH-8000', ttl: 7200 });

    const touched = await resolve({ ...stored, zip: 'CH-80' }, undefined, resolverOptions);
    expect(touched.errors.zip?.message).toBe('Four digits');
  });

  it('says nothing of a field still as it started until a send is tried, then everything', async () => {
    let submitted = false;
    const empty = { name: '', zip: '', ttl: '' };
    const resolve = formResolver<typeof empty, z.output<typeof schema>>(
      schema,
      () => empty,
      () => submitted,
    );
    // Left empty, zip typed wrong: only what was typed is reported.
    const before = await resolve({ ...empty, zip: '80' }, undefined, resolverOptions);
    expect(Object.keys(before.errors)).toEqual(['zip']);
    submitted = true;
    const sent = await resolve({ ...empty, zip: '80' }, undefined, resolverOptions);
    expect(Object.keys(sent.errors).sort()).toEqual(['name', 'zip']);
  });
});

describe('changedFields', () => {
  it('treats empty, null and undefined alike, so a reverted change is no change', () => {
    expect(changedFields({ a: '', b: 'x', c: '2' }, { a: undefined, b: 'x', c: '1' })).toEqual(['c']);
  });
});
