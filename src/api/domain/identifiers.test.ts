import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  booleanish,
  customerNumber,
  emailAddress,
  hostmaster,
  httpUrl,
  identifierMessages,
  normaliseEmail,
  numberish,
  userId,
} from './identifiers';

// Read once: the tests run in English.
const M = identifierMessages.get();

function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  return result.error?.issues[0]?.message;
}

describe('customerNumber', () => {
  it.each([
    ['00000005', '00000005'],
    [' 12345678 ', '12345678'],
  ])('accepts %j', (input, expected) => {
    expect(customerNumber.parse(input)).toBe(expected);
  });

  it.each(['1234567', '123456789', '1234567a', '1234 5678', ''])('rejects %j', (input) => {
    expect(messageOf(customerNumber, input)).toBe(M.customerNumber);
  });
});

describe('userId', () => {
  it.each(['12345678_1234', '00000005_1', ' 12345678_0 '])('accepts %j', (input) => {
    expect(userId.parse(input)).toBe(input.trim());
  });

  it.each(['12345678', '12345678_', '1234567_1234', '12345678-1234', '12345678_12a', 'abc'])(
    'rejects %j',
    (input) => {
      expect(messageOf(userId, input)).toBe(M.userId);
    },
  );
});

describe('emailAddress', () => {
  it.each([
    ['info@example.com', 'info@example.com'],
    [' Kevin.Buehl@Example.CH ', 'Kevin.Buehl@example.ch'],
    ['first+tag@sub.example.com', 'first+tag@sub.example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['info@bücher.example', 'info@xn--bcher-kva.example'],
  ])('accepts %j as %j', (input, expected) => {
    expect(emailAddress.parse(input)).toBe(expected);
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    'info',
    'info@',
    '@example.com',
    'info@localhost',
    'info@example..com',
    'in fo@example.com',
    '.info@example.com',
    'info.@example.com',
    'in..fo@example.com',
    'a@b@example.com',
    `${'a'.repeat(65)}@example.com`,
    'info@-example.com',
    '',
  ])('rejects %j', (input) => {
    expect(messageOf(emailAddress, input)).toBe(M.emailAddress);
  });
});

describe('hostmaster', () => {
  it.each([
    ['hostmaster.example.com', 'hostmaster.example.com'],
    ['Hostmaster.Example.com.', 'hostmaster.example.com'],
    ['hostmaster@example.com', 'hostmaster@example.com'],
    ['john.doe@example.com', 'john.doe@example.com'],
  ])('accepts %j as %j', (input, expected) => {
    expect(hostmaster.parse(input)).toBe(expected);
  });

  it.each(['example.com', 'hostmaster', 'hostmaster@localhost', 'host_master.example.com', ''])(
    'rejects %j',
    (input) => {
      expect(messageOf(hostmaster, input)).toBe(M.hostmaster);
    },
  );
});

describe('httpUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/path?q=1#top',
    'HTTPS://WWW.Example.com:8443/',
    'https://user:secret@example.com/',
    'http://192.0.2.10:8080/status',
    'http://[2001:db8::1]:8080/',
    'https://bücher.example/',
  ])('accepts %j', (input) => {
    expect(httpUrl.parse(` ${input} `)).toBe(input);
  });

  it.each([
    'ftp://example.com',
    'example.com',
    'http:example.com',
    'http://',
    'https://localhost/',
    'http://1.2.3/',
    'http://256.1.1.1/',
    'http://[2001:db8::g]/',
    'https://exa mple.com/',
    'https://-bad.example/',
    'javascript:alert(1)',
  ])('rejects %j', (input) => {
    expect(messageOf(httpUrl, input)).toBe(M.httpUrl);
  });
});

describe('numberish', () => {
  it.each([
    [172800, 172800],
    ['172800', 172800],
    [' 3600 ', 3600],
    ['-5', -5],
    ['+7', 7],
    ['1.5', 1.5],
    ['0', 0],
    [0, 0],
  ])('%j → %j', (input, expected) => {
    expect(numberish.parse(input)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    'abc',
    '12abc',
    '1e3',
    '0x10',
    'NaN',
    'Infinity',
    '1,5',
    true,
    null,
    undefined,
    Number.NaN,
  ])('rejects %j', (input) => {
    expect(messageOf(numberish, input)).toBe(M.numberish);
  });
});

describe('booleanish', () => {
  it.each([
    [true, true],
    [false, false],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    ['yes', true],
    ['no', false],
    ['Yes', true],
    [' NO ', false],
    ['true', true],
    ['false', false],
  ])('%j → %j', (input, expected) => {
    expect(booleanish.parse(input)).toBe(expected);
  });

  it.each(['', 'maybe', '2', 2, -1, 'on', null, undefined])('rejects %j', (input) => {
    expect(messageOf(booleanish, input)).toBe(M.booleanish);
  });
});
