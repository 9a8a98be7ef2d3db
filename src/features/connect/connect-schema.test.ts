import { describe, expect, it } from 'vitest';
import { unencryptedHost } from './connect-schema';

describe('unencryptedHost', () => {
  it.each([
    ['http://api.example.test/v1', 'api.example.test'],
    ['  http://10.0.0.5:8080/v1 ', '10.0.0.5:8080'],
    ['HTTP://API.Example.test', 'api.example.test'],
    ['http://localhost.evil.example/v1', 'localhost.evil.example'],
  ])('%s sends the key unencrypted to %s', (url, host) => {
    expect(unencryptedHost(url)).toBe(host);
  });

  it.each([
    'https://api.securebit.ch/v1',
    'http://localhost:5390/v1',
    'http://127.0.0.1/v1',
    'http://127.1.2.3/v1',
    'http://[::1]:8080/v1',
    '/proxy/v1',
    '',
    'not a url',
  ])('%s needs no warning', (url) => {
    expect(unencryptedHost(url)).toBeNull();
  });
});
