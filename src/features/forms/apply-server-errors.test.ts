import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/api-error';
import { applyServerErrors } from './apply-server-errors';

type Values = { description: string; zipcode: string; vatid: string };
const FIELDS = ['description', 'zipcode', 'vatid'] as const;

const apiError = (fields: Record<string, string>, code = 'invalid_input') =>
  new ApiError({
    kind: 'http',
    method: 'POST',
    path: '/v1/customer',
    status: 400,
    code,
    message: 'No',
    fields,
  });

describe('applyServerErrors', () => {
  it.each([
    ['an API field name', { vatid: 'Taken' }, 'vatid'],
    ['a zod path', { zipcode: 'Swiss postal codes have 4 digits' }, 'zipcode'],
    ['a different case', { VatId: 'Taken' }, 'vatid'],
    ['a nested path', { 'body.description': 'Required' }, 'description'],
    ['a bracketed name', { 'customer[zipcode]': 'Bad' }, 'zipcode'],
    ['an alias', { organisation: 'Required' }, 'description'],
  ])('puts %s on its field', (_label, fields, expected) => {
    const setError = vi.fn();
    const landed = applyServerErrors<Values>(apiError(fields), setError, {
      fields: FIELDS,
      aliases: { organisation: 'description' },
    });
    expect(landed).toBe(true);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      expected,
      { type: 'server', message: Object.values(fields)[0] },
      { shouldFocus: true },
    );
  });

  it('focuses the first field in form order, not in the order the API listed them', () => {
    const setError = vi.fn();
    applyServerErrors<Values>(apiError({ vatid: 'Taken', description: 'Required' }), setError, {
      fields: FIELDS,
    });
    expect(setError.mock.calls).toEqual([
      ['description', { type: 'server', message: 'Required' }, { shouldFocus: true }],
      ['vatid', { type: 'server', message: 'Taken' }, { shouldFocus: false }],
    ]);
  });

  it.each([
    ['an error without fields', apiError({})],
    ['fields the form does not have', apiError({ customerNumber: 'Unknown' })],
    ['an error that is not an ApiError', new Error('boom')],
    ['nothing', null],
  ])('lands nothing for %s', (_label, error) => {
    const setError = vi.fn();
    expect(applyServerErrors<Values>(error, setError, { fields: FIELDS })).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });

  it('puts a code that stands for one field there when the API names no field', () => {
    const setError = vi.fn();
    const landed = applyServerErrors<Values>(apiError({}, 'uniqueness_error'), setError, {
      fields: FIELDS,
      aliases: { vat: 'vatid' },
      codeFields: { uniqueness_error: 'vat' },
    });
    expect(landed).toBe(true);
    expect(setError).toHaveBeenCalledWith('vatid', { type: 'server', message: 'No' }, { shouldFocus: true });
  });

  it('prefers the field the API names over the code', () => {
    const setError = vi.fn();
    applyServerErrors<Values>(apiError({ zipcode: 'Bad' }, 'uniqueness_error'), setError, {
      fields: FIELDS,
      codeFields: { uniqueness_error: 'vatid' },
    });
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith('zipcode', expect.anything(), expect.anything());
  });
});
