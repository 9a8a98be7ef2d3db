import { describe, expect, it } from 'vitest';
import { readErrorBody } from './error-body';

describe('readErrorBody reads every plausible error shape', () => {
  it.each([
    [
      { code: 'invalid_input', message: 'bad zip', field: 'zipcode' },
      'invalid_input',
      'bad zip',
      { zipcode: 'bad zip' },
    ],
    [{ error: 'INVALID_APIKEY', message: 'wrong key' }, 'INVALID_APIKEY', 'wrong key', {}],
    [{ error: { code: 'locked', message: 'busy' } }, 'locked', 'busy', {}],
    [{ status: 'error', error_code: 'FIELDS_EMPTY', msg: 'nothing' }, 'FIELDS_EMPTY', 'nothing', {}],
    [
      {
        code: 'require_error',
        message: 'missing',
        fields: { description: ['required'], country: 'required' },
      },
      'require_error',
      'missing',
      { description: 'required', country: 'required' },
    ],
    [
      { code: 'uniqueness_error', message: 'taken', errors: [{ field: 'vatid', message: 'already used' }] },
      'uniqueness_error',
      'taken',
      { vatid: 'already used' },
    ],
    ['plain text error', null, 'plain text error', {}],
    [null, null, null, {}],
  ])('%j', (body, code, message, fields) => {
    expect(readErrorBody(body)).toEqual({ code, message, fields });
  });
});
