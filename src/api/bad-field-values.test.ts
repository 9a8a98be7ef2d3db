import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoKey } from '@/mocks/demo-keys';
import { server } from '@/mocks/node';
import { call } from '@/mocks/test-helpers';
import { endpoint } from './catalogue';
import { callEndpoint } from './client';
import { connect, DEMO_BASE_URL } from './connection';
import { isApiError } from './is-api-error';

// Fault-matrix row "bad field values" for endpoints whose pages are pending (issue 9): the
// catalogue's rules refuse them before anything is sent, naming the field; the simulated API
// refuses them too when they are sent anyway (as another client might).

let sent: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  sent.push(`${request.method} ${new URL(request.url).pathname}`);
};

beforeEach(() => {
  sent = [];
  connect({
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: demoKey('operator').key,
    keyHeader: 'bearer',
    remember: false,
  });
  server.events.on('request:start', onRequest);
});
afterEach(() => server.events.removeListener('request:start', onRequest));

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  if (!isApiError(error)) throw new Error('expected an ApiError');
  return error;
}

describe('bad field values', () => {
  it('an AS order with a malformed ORG-ID and as-name: both fields named, nothing sent', async () => {
    const error = await refusal(
      callEndpoint(endpoint('asn.create'), { body: { org: 'ORG-EXA1', country: 'CH', name: '1-BAD AS' } }),
    );
    expect(error.kind).toBe('invalid-request');
    expect(Object.keys(error.fields).sort()).toEqual(['name', 'org']);
    expect(error.fields.name).toBe('An AS name starts with a letter');
    expect(sent).toEqual([]);
  });

  it('a layer-2 tunnel to a private IP: the endpoint field is named, nothing sent', async () => {
    const error = await refusal(
      callEndpoint(endpoint('tunnel.createLayer2'), {
        body: { type: 'vxlan', endpoint: '192.168.10.1', exchange: 1 },
      }),
    );
    expect(error.kind).toBe('invalid-request');
    expect(Object.keys(error.fields)).toEqual(['endpoint']);
    expect(sent).toEqual([]);
  });

  it('the simulated API refuses the same values with invalid_input on the field', async () => {
    const order = await call('asn.create', { body: { org: 'ORG-EXA1', country: 'CH', name: 'GOOD-AS' } });
    expect(order.status).toBe(422);
    expect(order.body).toMatchObject({ code: 'invalid_input', field: 'org' });
    const tunnel = await call('tunnel.createLayer2', {
      body: { type: 'vxlan', endpoint: '10.0.0.1', exchange: 1 },
    });
    expect(tunnel.status).toBe(422);
    expect(tunnel.body).toMatchObject({ code: 'invalid_input', field: 'endpoint' });
  });
});
