import { describe, expect, it } from 'vitest';
import type { ApiCallEvent } from '@/api/call-events';
import { onApiCall } from '@/api/call-events';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { DEMO_BASE_URL } from '@/api/connection';
import { demoKey } from '@/mocks/demo-keys';
import { curlCommand, curlFromLoggedCall, endpointRequest, keyStyleOf, shellQuote } from './curl-command';

describe('shellQuote', () => {
  it('wraps in single quotes and escapes single quotes POSIX-style', () => {
    expect(shellQuote('plain')).toBe("'plain'");
    expect(shellQuote("O'Brien")).toBe(`'O'\\''Brien'`);
    expect(shellQuote('$HOME `id` "x" \\n')).toBe(`'$HOME \`id\` "x" \\n'`);
    expect(shellQuote('')).toBe("''");
  });
});

describe('curlCommand', () => {
  const get = {
    method: 'GET',
    url: 'https://api.securebit.ch/v1/customer/00000005',
    headers: { Accept: 'application/json' },
  };

  it('hides the key as $API_KEY in a bearer header, expandable by the shell', () => {
    expect(curlCommand(get, { style: 'bearer', apiKey: 'secret-key' })).toBe(
      [
        "curl -X GET 'https://api.securebit.ch/v1/customer/00000005'",
        "-H 'Accept: application/json'",
        '-H "Authorization: Bearer $API_KEY"',
      ].join(' \\\n  '),
    );
  });

  it('uses the 4b42-KEY header of the older docs', () => {
    const command = curlCommand(get, { style: '4b42-KEY', apiKey: 'secret-key' });
    expect(command).toContain('-H "4b42-KEY: $API_KEY"');
    expect(command).not.toContain('Authorization');
    expect(command).not.toContain('secret-key');
  });

  it('sends the bare key in Authorization for that style', () => {
    expect(curlCommand(get, { style: 'authorization-bare' })).toContain('-H "Authorization: $API_KEY"');
  });

  it('writes the real key, quoted, only when revealed', () => {
    expect(curlCommand(get, { style: 'bearer', apiKey: "k'ey", reveal: true })).toContain(
      `-H 'Authorization: Bearer k'\\''ey'`,
    );
    expect(curlCommand(get, { style: '4b42-KEY', apiKey: 'abc', reveal: true })).toContain(
      "-H '4b42-KEY: abc'",
    );
    expect(curlCommand(get, { style: '4b42-KEY', reveal: true })).toContain('$API_KEY');
  });

  it('adds Content-Type after the key and the body as quoted JSON', () => {
    const command = curlCommand(
      {
        method: 'POST',
        url: 'https://api.securebit.ch/v1/customer',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: { description: "Muster's AG", country: 'CH' },
      },
      { style: 'bearer' },
    );
    expect(command.split(' \\\n  ')).toEqual([
      "curl -X POST 'https://api.securebit.ch/v1/customer'",
      "-H 'Accept: application/json'",
      '-H "Authorization: Bearer $API_KEY"',
      "-H 'Content-Type: application/json'",
      `--data '{"description":"Muster'\\''s AG","country":"CH"}'`,
    ]);
  });

  it('replaces a key header already present (e.g. a redacted one)', () => {
    const command = curlCommand(
      { ...get, headers: { Accept: 'application/json', Authorization: 'Bearer •••' } },
      { style: 'bearer' },
    );
    expect(command).not.toContain('•••');
    expect(command.match(/Authorization/g)).toHaveLength(1);
  });
});

describe('endpointRequest', () => {
  it('fills the documented path and sets the headers the client sends', () => {
    const request = endpointRequest(
      endpoint('customer.get'),
      'https://api.securebit.ch/v1/',
      { customerNumber: '00000005' },
      undefined,
    );
    expect(request).toEqual({
      method: 'GET',
      url: 'https://api.securebit.ch/v1/customer/00000005',
      headers: { Accept: 'application/json' },
    });
  });

  it('adds Content-Type and the body for a write', () => {
    const request = endpointRequest(
      endpoint('customer.create'),
      'https://api.securebit.ch',
      {},
      { description: 'X', country: 'CH' },
    );
    expect(request.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(request.body).toEqual({ description: 'X', country: 'CH' });
  });

  it('asks for a PDF where the endpoint answers one', () => {
    const request = endpointRequest(
      endpoint('abuse.report'),
      'https://api.securebit.ch',
      { resource: '192.0.2.1' },
      undefined,
    );
    expect(request.headers.Accept).toBe('application/pdf, application/json');
  });
});

describe('curlFromLoggedCall', () => {
  const call = {
    id: 'x',
    method: 'POST',
    url: 'http://localhost/demo-api/v1/customer/user/10000001',
    requestHeaders: { Accept: 'application/json', 'Content-Type': 'application/json', '4b42-KEY': '•••' },
    requestBody: { lastname: 'Muster', firstname: 'Max', password: '•••' },
  } as unknown as ApiCallEvent;

  it('reads the key style from the redacted headers', () => {
    expect(keyStyleOf(call.requestHeaders)).toBe('4b42-KEY');
    expect(keyStyleOf({ authorization: 'Bearer •••' })).toBe('bearer');
    expect(keyStyleOf({ Authorization: '•••' })).toBe('authorization-bare');
    expect(keyStyleOf({ Accept: 'application/json' })).toBeUndefined();
  });

  it('repeats the logged request with $API_KEY and the masked body', () => {
    const command = curlFromLoggedCall(call);
    expect(command).toContain("curl -X POST 'http://localhost/demo-api/v1/customer/user/10000001'");
    expect(command).toContain('-H "4b42-KEY: $API_KEY"');
    expect(command).toContain(`--data '{"lastname":"Muster","firstname":"Max","password":"•••"}'`);
  });
});

describe('the key never reaches the request log or its curl', () => {
  const KEY = 'sk-live-Zq81-secret';
  it.each(['bearer', 'authorization-bare', '4b42-KEY'] as const)(
    'with the %s header style, for a success and a failure',
    async (style) => {
      const connection = {
        kind: 'demo' as const,
        baseUrl: DEMO_BASE_URL,
        apiKey: KEY,
        keyHeader: style,
        remember: false,
      };
      const logged: ApiCallEvent[] = [];
      const stop = onApiCall((event) => logged.push(event));
      try {
        // The simulated API refuses this key (401) and answers the key check of a known one.
        await callEndpoint(endpoint('customer.list'), {}, { connection }).catch(() => undefined);
        await callEndpoint(
          endpoint('customer.list'),
          {},
          { connection: { ...connection, apiKey: demoKey('operator').key } },
        );
      } finally {
        stop();
      }
      expect(logged.map((e) => e.status)).toEqual([401, 200]);
      for (const event of logged) {
        expect(JSON.stringify(event)).not.toContain(KEY);
        expect(JSON.stringify(event)).not.toContain(demoKey('operator').key);
        expect(event.url).not.toMatch(/key|token/i);
        const curl = curlFromLoggedCall(event);
        expect(curl).toContain('$API_KEY');
        expect(curl).not.toContain(KEY);
        expect(curl).not.toContain(demoKey('operator').key);
      }
    },
  );
});
