import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { call } from './test-helpers';

const C = '10000001';

// The real API answers in English; the console's rules the simulation borrows must not follow the console's language.
describe('the simulated API with the console in German', () => {
  beforeEach(async () => {
    await act(() => setLocale('de'));
  });
  it('answers a bad field with the English message', async () => {
    const country = await call('customer.create', { body: { description: 'X AG', country: 'XX' } });
    expect(country.status).toBe(422);
    expect(country.body).toMatchObject({
      code: 'invalid_input',
      field: 'country',
      message: 'country: Choose a country from the list (ISO 3166-1 alpha-2)',
    });
  });

  it('answers a weak password and a bad customer number in English too', async () => {
    const password = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Muster', firstname: 'Andrea', password: 'short' },
    });
    expect(password.status).toBe(422);
    expect(password.body).toMatchObject({ field: 'password', message: 'Use at least 12 characters' });

    const customer = await call('group.create', {
      params: { customerNumber: '123' },
      body: { groupName: 'G' },
    });
    expect(customer.status).toBe(400);
    expect(customer.body).toMatchObject({
      message: 'customerNumber: A customer number has 8 digits, e.g. 00000005',
    });
  });
});
