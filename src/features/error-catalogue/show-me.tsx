import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { Button } from '@/features/ui/button';
import { ErrorPanel } from '@/features/ui/error-panel';
import { i18n, params, useMessages } from '@/i18n';
import type { CatalogueEntry } from './catalogue-entries';

const messages = i18n('errors/show-me', {
  notArrived: 'The injected failure did not arrive: the call succeeded.',
  showMeLabel: params<{ entry: string }>('Show me {entry}'),
  sending: 'Sending…',
  showMe: 'Show me',
  shownFor: params<{ entry: string }>('What the console showed for {entry}'),
  injected:
    "Injected by the demo's fault controls into one GET /v1/customer; the call is in the request log.",
});

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
  const t = useMessages(messages);
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
        error: new Error(messages.get().notArrived),
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
        pending={state.step === 'sending'}
        aria-label={t.showMeLabel({ entry: entry.key })}
      >
        {state.step === 'sending' ? t.sending : t.showMe}
      </Button>
      {state.step === 'shown' && (
        <ErrorPanel error={state.error} title={t.shownFor({ entry: entry.key })}>
          <p className="mt-2 text-xs">{t.injected}</p>
        </ErrorPanel>
      )}
    </div>
  );
}
