import { describe, expect, it } from 'vitest';
import { changedUserFields, EMPTY_USER, userCreateFormSchema, userEditFormSchema } from './user-form-schema';

const BEFORE = { firstname: 'Kevin', lastname: 'Bühl', upnLocal: 'kevin.buehl', upnSuffix: 'example.com' };

describe('changedUserFields: the PUT carries only what changed', () => {
  it.each([
    [{}, {}],
    [{ lastname: 'Bühl-Meier' }, { lastname: 'Bühl-Meier' }],
    [{ firstname: ' Kevin ' }, {}],
    [{ upnSuffix: 'other.ch' }, { upn: 'kevin.buehl@other.ch' }],
    [{ upnLocal: 'KEVIN.BUEHL' }, {}],
    [
      { upnLocal: 'k.buehl', firstname: 'Kev' },
      { firstname: 'Kev', upn: 'k.buehl@example.com' },
    ],
  ])('%j → %j', (change, body) => {
    expect(changedUserFields(BEFORE, { ...BEFORE, ...change })).toEqual(body);
  });
});

describe('userCreateFormSchema', () => {
  const valid = { ...EMPTY_USER, firstname: 'Max', lastname: 'Muster', upnSuffix: 'example.com' };

  it('sends no UPN when the name before the @ is empty, and generates a strong password', () => {
    const body = userCreateFormSchema.parse(valid);
    expect(body).toMatchObject({ firstname: 'Max', lastname: 'Muster', upn: undefined });
    expect(body.password).toEqual(expect.any(String));
  });

  it.each([
    [{ upnLocal: 'max muster' }, 'upnLocal', 'A user principal name cannot contain spaces'],
    [{ upnLocal: 'max', upnSuffix: '' }, 'upnSuffix', 'Pick one of this customer’s UPN suffixes'],
    [
      { passwordMode: 'type' as const, password: '' },
      'password',
      'Type the password, or choose to generate one',
    ],
    [{ firstname: '  ' }, 'firstname', 'Enter a first name'],
  ])('%j → %s: %s', (change, path, message) => {
    const result = userCreateFormSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === path)?.message).toBe(message);
  });

  it.each(['Correct-Horse-7', 'short'])(
    'sends a typed password as it is: %s (the docs state no rule)',
    (password) => {
      const body = userCreateFormSchema.parse({ ...valid, passwordMode: 'type', password });
      expect(body.password).toBe(password);
    },
  );
});

describe('userEditFormSchema', () => {
  it('does not let the UPN be emptied', () => {
    const result = userEditFormSchema.safeParse({ ...BEFORE, upnLocal: '' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['upnLocal'],
      message: 'Enter the part before the @',
    });
  });
});
