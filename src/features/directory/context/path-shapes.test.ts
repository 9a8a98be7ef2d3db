import { describe, expect, it } from 'vitest';
import { customerNumber, userId } from '@/api/domain/identifiers';
import { customerOfUser } from '@/api/queries/directory';
import { checkUserId, customerOfUserId, isCustomerNumberShape, isUserIdShape } from './path-shapes';

const SAMPLES = [
  '12345678',
  '12345678_1234',
  '12345678_1',
  '1234567',
  '123456789',
  '12345678_',
  '_1234',
  'abc',
  '',
  ' 12345678',
  '12345678_12a',
];

describe('path shapes agree with the catalogue’s identifier schemas', () => {
  it.each(SAMPLES)('%j', (value) => {
    expect(isCustomerNumberShape(value)).toBe(
      customerNumber.safeParse(value).success && value.trim() === value,
    );
    expect(isUserIdShape(value)).toBe(userId.safeParse(value).success && value.trim() === value);
    if (isUserIdShape(value)) expect(customerOfUserId(value)).toBe(customerOfUser(value));
  });
});

describe('checkUserId', () => {
  it.each([
    ['10000001_3', '10000001', { kind: 'ok' }],
    ['10000002_3', '10000001', { kind: 'other-customer', customerNumber: '10000002' }],
    ['10000002', '10000001', { kind: 'customer-number' }],
    ['kevin', '10000001', { kind: 'invalid' }],
  ])('%j under %j → %j', (value, customer, expected) => {
    expect(checkUserId(value, customer)).toEqual(expected);
  });
});
