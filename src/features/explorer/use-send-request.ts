import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiCallEvent, onApiCall } from '../../api/call-events';
import { type CallInput, type CallResult, callEndpointFull } from '../../api/client';
import type { AnyEndpoint } from '../../api/endpoint';

export type SendOutcome =
  | { ok: true; result: CallResult<unknown>; event: ApiCallEvent }
  | { ok: false; error: unknown; event: ApiCallEvent | undefined };

/**
 * Sends one request at a time through the client and keeps what came back. A failure carries
 * the logged call event too (status, headers, body), caught from the call-event stream.
 */
export function useSendRequest(endpoint: AnyEndpoint) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  // Leaving the endpoint cancels its request: nobody is left to show the answer.
  useEffect(() => () => inFlight.current?.abort(), []);

  const send = useCallback(
    async (input: CallInput) => {
      if (inFlight.current) return;
      const controller = new AbortController();
      inFlight.current = controller;
      setPending(true);
      let event: ApiCallEvent | undefined;
      const stop = onApiCall((e) => {
        if (!event && e.endpointId === endpoint.id) event = e;
      });
      try {
        const result = await callEndpointFull(endpoint, input, { signal: controller.signal });
        setOutcome({ ok: true, result, event: result.event });
        // A write from here changes what other pages have cached.
        if (endpoint.method !== 'GET') void queryClient.invalidateQueries();
      } catch (error) {
        if (!controller.signal.aborted) setOutcome({ ok: false, error, event });
      } finally {
        stop();
        inFlight.current = null;
        setPending(false);
      }
    },
    [endpoint, queryClient],
  );

  return { send, pending, outcome };
}
