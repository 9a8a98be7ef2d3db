import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { type Connection, DEMO_BASE_URL } from '@/api/connection';
import { codeMeaning } from '@/api/error-catalogue';
import { failNextCall } from '@/mocks/demo-controls';
import { type DemoKey, demoKey } from '@/mocks/demo-keys';
import { ErrorPanel } from './error-panel';

// Fault-matrix rows whose pages do not exist yet (AS orders: issue 9) or that any page shows the
// same way: the simulated API's answer, through the console's client, as the error panel shows it.

const connection = (id: DemoKey['id']): Connection => ({
  kind: 'demo',
  baseUrl: DEMO_BASE_URL,
  apiKey: demoKey(id).key,
  keyHeader: 'bearer',
  remember: false,
});

async function failureOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  render(<ErrorPanel error={error} />);
  return screen.getByRole('alert');
}

const AS_ORDER = { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS' };

describe('error mapping shown in the error panel', () => {
  it('403 ORDERING_NOT_ENABLED for an AS order with a key that may not order', async () => {
    const alert = await failureOf(
      callEndpoint(endpoint('asn.create'), { body: AS_ORDER }, { connection: connection('no-ordering') }),
    );
    expect(alert).toHaveTextContent('403');
    expect(alert).toHaveTextContent('ORDERING_NOT_ENABLED');
    expect(alert).toHaveTextContent(codeMeaning('ORDERING_NOT_ENABLED') ?? 'missing meaning');
    expect(alert).toHaveTextContent('POST /v1/');
  });

  it('402 with its documented status meaning (not enough balance for an order)', async () => {
    failNextCall({ endpointId: 'asn.create', status: 402, code: 'resource_limit_exceeded' });
    const alert = await failureOf(
      callEndpoint(endpoint('asn.create'), { body: AS_ORDER }, { connection: connection('operator') }),
    );
    expect(alert).toHaveTextContent('402');
    expect(alert).toHaveTextContent('Payment Required');
    expect(alert).toHaveTextContent('resource_limit_exceeded');
    expect(alert).toHaveTextContent('Error when exceeding the maximum quantity of a resource');
  });

  it('403 METHOD_RESTRICTED for a write with a read-only key', async () => {
    const alert = await failureOf(
      callEndpoint(
        endpoint('customer.create'),
        { body: { description: 'Nope AG', country: 'CH' } },
        { connection: connection('readonly') },
      ),
    );
    expect(alert).toHaveTextContent('403');
    expect(alert).toHaveTextContent('METHOD_RESTRICTED');
    expect(alert).toHaveTextContent(codeMeaning('METHOD_RESTRICTED') ?? 'missing meaning');
  });

  it('malformed JSON (a 200 cut short) is named as such, never shown as data', async () => {
    failNextCall({ endpointId: 'customer.list', kind: 'malformed' });
    const alert = await failureOf(
      callEndpoint(endpoint('customer.list'), {}, { connection: connection('operator') }),
    );
    expect(alert).toHaveTextContent('not-json');
    expect(alert).toHaveTextContent('The server answered 200 with a body that is not JSON.');
    expect(alert).toHaveTextContent('something that is not JSON');
  });

  it('an unknown code shows raw, flagged as undocumented, with its status', async () => {
    failNextCall({
      endpointId: 'customer.list',
      status: 418,
      code: 'teapot_overflow',
      message: 'Short and stout',
    });
    const alert = await failureOf(
      callEndpoint(endpoint('customer.list'), {}, { connection: connection('operator') }),
    );
    expect(alert).toHaveTextContent('418');
    expect(alert).toHaveTextContent('teapot_overflow (not in the API documentation)');
    expect(alert).toHaveTextContent('Short and stout');
    expect(alert).toHaveTextContent('Undocumented error code teapot_overflow with status 418.');
  });
});
