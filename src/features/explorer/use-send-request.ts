import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '@/api/api-error';
import type { ApiCallEvent } from '@/api/call-events';
import { type CallInput, type CallResult, callEndpointFull } from '@/api/client';
import type { AnyEndpoint } from '@/api/endpoint';
import { findLoggedCall } from '@/api/request-log';

export type SendOutcome =
  | { ok: true; result: CallResult<unknown>; event: ApiCallEvent }
  | { ok: false; error: unknown; event: ApiCallEvent | undefined };

/**
 * Sends one request at a time through the client and keeps what came back. A failure carries
 * its logged call (status, headers, body), found by the error's call id.
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
      try {
        const result = await callEndpointFull(endpoint, input, { signal: controller.signal });
        setOutcome({ ok: true, result, event: result.event });
        // A write from here changes what other pages have cached.
        if (endpoint.method !== 'GET') void queryClient.invalidateQueries();
      } catch (error) {
        const event = isApiError(error) && error.callId ? findLoggedCall(error.callId) : undefined;
        if (!controller.signal.aborted) setOutcome({ ok: false, error, event });
      } finally {
        inFlight.current = null;
        setPending(false);
      }
    },
    [endpoint, queryClient],
  );

  return { send, pending, outcome };
}
