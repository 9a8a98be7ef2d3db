import { describe, expect, it } from 'vitest';
import {
  domainName,
  domainNameIssue,
  domainNameMessages,
  fqdnOrIp,
  toAsciiDomain,
  toUnicodeDomain,
} from './domain-name';

// Read once: the tests run in English.
const M = domainNameMessages.get();
const HOST_MESSAGE = 'Enter a domain name or an IPv4/IPv6 address';
const label63 = 'a'.repeat(63);

describe('toAsciiDomain', () => {
  it.each([
    ['bücher.example', 'xn--bcher-kva.example'],
    ['BÜCHER.Example.', 'xn--bcher-kva.example'],
    ['bu\u0308cher.example', 'xn--bcher-kva.example'],
    ['  Example.COM  ', 'example.com'],
    ['example.com.', 'example.com'],
    ['example.com..', 'example.com.'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['例え.テスト', 'xn--r8jz45g.xn--zckzah'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%j → %j', (input, expected) => {
    expect(toAsciiDomain(input)).toBe(expected);
  });

  it('round-trips through toUnicodeDomain', () => {
    expect(toUnicodeDomain('xn--bcher-kva.example')).toBe('bücher.example');
  });
});

describe('domainNameIssue', () => {
  it.each([
    'example.com',
    'www.example.com',
    'bücher.example',
    'a.b',
    'sub-domain.example.ch',
    'xn--bcher-kva.example',
    '123.example.com',
    'example.c0m',
    `${label63}.com`,
    // 63 + 1 + 63 + 1 + 63 + 1 + 58 + 3 = exactly 253 characters.
    `${[label63, label63, label63, 'a'.repeat(58)].join('.')}.ch`,
  ])('accepts %j', (input) => {
    expect(domainNameIssue(input)).toBeNull();
  });

  it.each([
    ['', M.empty],
    ['   ', M.empty],
    ['.', M.empty],
    ['localhost', M.singleLabel],
    ['example..com', M.emptyLabel],
    ['.example.com', M.emptyLabel],
    [`${'a'.repeat(64)}.com`, M.labelTooLong],
    [`${[label63, label63, label63, 'a'.repeat(59)].join('.')}.ch`, M.tooLong],
    ['exa_mple.com', M.characters],
    ['exa mple.com', M.characters],
    ['example.com/path', M.characters],
    ['-example.com', M.hyphen],
    ['example-.com', M.hyphen],
    ['example.-com', M.hyphen],
    ['example.123', M.numericTld],
    ['1.2.3.4', M.numericTld],
  ])('%j → %j', (input, message) => {
    expect(domainNameIssue(input)).toBe(message);
  });
});

describe('domainName schema', () => {
  it('returns the ASCII form', () => {
    expect(domainName.parse(' Bücher.Example. ')).toBe('xn--bcher-kva.example');
  });

  it('reports the rule that failed', () => {
    const result = domainName.safeParse(`${'a'.repeat(64)}.com`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Each label may have at most 63 characters');
  });
});

describe('fqdnOrIp schema', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Mail.Bücher.Example', 'mail.xn--bcher-kva.example'],
    [' 192.0.2.10 ', '192.0.2.10'],
    ['2001:DB8::1', '2001:db8::1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
  ])('accepts %j as %j', (input, expected) => {
    expect(fqdnOrIp.parse(input)).toBe(expected);
  });

  it.each([
    ['256.1.1.1', HOST_MESSAGE],
    ['1.2.3', HOST_MESSAGE],
    ['2001:db8::g', HOST_MESSAGE],
    ['localhost', M.singleLabel],
    ['-bad.example', M.hyphen],
    ['', M.empty],
  ])('rejects %j with %j', (input, message) => {
    const result = fqdnOrIp.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});
