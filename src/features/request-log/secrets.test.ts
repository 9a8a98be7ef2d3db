import { afterEach, describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpointFull } from '@/api/client';
import { type Connection, DEMO_BASE_URL } from '@/api/connection';
import { redactCall } from '@/api/redaction';
import { clearRequestLog, requestLogStore } from '@/api/request-log';
import { curlFromLoggedCall } from '@/features/ui/curl-command';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { toHar, toJsonExport } from './har';

const operator: Connection = {
  kind: 'demo',
  baseUrl: DEMO_BASE_URL,
  apiKey: demoKey('operator').key,
  keyHeader: 'bearer',
  remember: false,
};

/** Everything a person could see or take away from the log. */
function everythingKept(): string {
  // The stored copy as a reload would leave it.
  window.dispatchEvent(new Event('pagehide'));
  const calls = requestLogStore.get();
  return [
    JSON.stringify(calls),
    sessionStorage.getItem('4b42.request-log') ?? '',
    ...calls.map(curlFromLoggedCall),
    JSON.stringify(toHar(calls)),
    toJsonExport(calls),
  ].join('\n');
}

afterEach(() => clearRequestLog());

describe('secrets in the request log', () => {
  it('keeps no generated password: not in the log, its storage, its exports or copy as curl', async () => {
    const result = await callEndpointFull(
      endpoint('user.create'),
      { params: { customerNumber: DEMO_CUSTOMER_NUMBER }, body: { lastname: 'Muster', firstname: 'Max' } },
      { connection: operator },
    );
    // The caller (the user-created page) gets it once...
    const generated = (result.data as { password: string }).password;
    expect(generated.length).toBeGreaterThan(8);
    // ...the log does not.
    expect(requestLogStore.get()[0]?.responseBody).toMatchObject({
      password: '•••',
      passwordNeverExpires: true,
    });
    const kept = everythingKept();
    expect(kept).not.toContain(generated);
    expect(kept).not.toContain(operator.apiKey);
  });

  it('keeps no typed password and no key, in any key header style', async () => {
    const typed = 'Xk9!mP2#vL7q-Tr4';
    for (const keyHeader of ['bearer', '4b42-KEY', 'authorization-bare'] as const) {
      await callEndpointFull(
        endpoint('user.create'),
        {
          params: { customerNumber: DEMO_CUSTOMER_NUMBER },
          body: { lastname: `Muster ${keyHeader}`, firstname: 'Max', password: typed },
        },
        { connection: { ...operator, keyHeader } },
      );
    }
    const kept = everythingKept();
    expect(kept).not.toContain(typed);
    expect(kept).not.toContain(operator.apiKey);
    expect(requestLogStore.get().map((c) => c.requestBody)).toEqual(
      Array(3).fill(expect.objectContaining({ password: '•••' })),
    );
    const curl = curlFromLoggedCall(requestLogStore.get()[0] as never);
    expect(curl).toContain('$API_KEY');
  });

  it('masks a secret by value wherever else it appears, and keeps harmless flags', () => {
    const call = redactCall(
      {
        id: '1',
        startedAt: 0,
        durationMs: 1,
        method: 'POST',
        endpointId: 'user.create',
        path: '/v1/customer/user/10000001',
        url: 'https://api.example.test/v1/customer/user/10000001?apikey=sk_live_123456',
        params: {},
        requestHeaders: { 'X-Api-Key': 'sk_live_123456', Accept: 'application/json' },
        requestBody: { lastname: 'A', newPassword: 'Secret-Pass-1' },
        status: 422,
        ok: false,
        errorKind: 'http',
        code: 'invalid_input',
        message: 'Password Secret-Pass-1 is too weak',
        meaning: null,
        responseHeaders: {},
        responseBody: {
          error: { message: 'Password Secret-Pass-1 is too weak' },
          passwordNeverExpires: false,
        },
        responseSize: 10,
        rateLimit: { limit: null, remaining: null, reset: null },
      },
      ['sk_live_123456'],
    );
    const text = JSON.stringify(call);
    expect(text).not.toContain('Secret-Pass-1');
    expect(text).not.toContain('sk_live_123456');
    expect(call.message).toBe('Password ••• is too weak');
    expect(call.requestHeaders).toEqual({ 'X-Api-Key': '•••', Accept: 'application/json' });
    expect(call.responseBody).toMatchObject({ passwordNeverExpires: false });
  });
});
