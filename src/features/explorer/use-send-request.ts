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

  /** Resolves to what it stored, or null when a request was already on its way or was cancelled. */
  const send = useCallback(
    async (input: CallInput): Promise<SendOutcome | null> => {
      if (inFlight.current) return null;
      const controller = new AbortController();
      inFlight.current = controller;
      setPending(true);
      let next: SendOutcome | null = null;
      try {
        const result = await callEndpointFull(endpoint, input, { signal: controller.signal });
        next = { ok: true, result, event: result.event };
        // A write from here changes what other pages have cached.
        if (endpoint.method !== 'GET') void queryClient.invalidateQueries();
      } catch (error) {
        const event = isApiError(error) && error.callId ? findLoggedCall(error.callId) : undefined;
        if (!controller.signal.aborted) next = { ok: false, error, event };
      } finally {
        inFlight.current = null;
        setPending(false);
      }
      if (next) setOutcome(next);
      return next;
    },
    [endpoint, queryClient],
  );

  /** Forgets the last outcome, for a click that stopped before sending. */
  const forget = useCallback(() => setOutcome(null), []);

  return { send, pending, outcome, forget };
}
