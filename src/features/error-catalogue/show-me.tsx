import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { Button } from '../ui/button';
import { ErrorPanel } from '../ui/error-panel';
import type { CatalogueEntry } from './catalogue-entries';

/** A status alone is injected with a code that fits it, so the answer looks like the API's. */
const CODE_FOR_STATUS: Readonly<Record<number, string>> = {
  400: 'json_error',
  401: 'unauthorized',
  402: 'resource_limit_exceeded',
  403: 'forbidden',
  404: 'not_found',
  405: 'unsupported_error',
  406: 'unsupported_error',
  409: 'conflict',
  422: 'invalid_input',
  429: 'rate_limit_exceeded',
  500: 'server_error',
  503: 'maintenance',
};

/** A harmless read every key may send: the injected answer strikes before permissions. */
const TARGET = 'customer.list';

type State = { step: 'idle' } | { step: 'sending' } | { step: 'shown'; error: unknown };

/**
 * Demo only: injects this status or code through the demo's fault controls into one read, sends
 * it, and shows what the console makes of the answer (the call also lands in the request log).
 */
export function ShowMe({ entry }: { entry: CatalogueEntry }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const show = async () => {
    setState({ step: 'sending' });
    const controls = await import('@/mocks/demo-controls');
    controls.failNextCall({
      endpointId: TARGET,
      status: entry.status,
      code: entry.code ?? CODE_FOR_STATUS[entry.status],
      ...(entry.status === 429 ? { retryAfter: 5 } : {}),
    });
    try {
      await callEndpoint(endpoint(TARGET), {});
      setState({
        step: 'shown',
        error: new Error('The injected failure did not arrive: the call succeeded.'),
      });
    } catch (error) {
      setState({ step: 'shown', error });
    }
  };
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        onClick={show}
        disabled={state.step === 'sending'}
        aria-label={`Show me ${entry.key}`}
      >
        {state.step === 'sending' ? 'Sending…' : 'Show me'}
      </Button>
      {state.step === 'shown' && (
        <ErrorPanel error={state.error} title={`What the console showed for ${entry.key}`}>
          <p className="mt-2 text-xs">
            Injected by the demo's fault controls into one GET /v1/customer; the call is in the request log.
          </p>
        </ErrorPanel>
      )}
    </div>
  );
}
