import { HttpResponse, http, type RequestHandler } from 'msw';
import {
  clearEndpointFault,
  clearFaults,
  type DataSet,
  demoStore,
  type FaultInput,
  failEndpoint,
  failNextCall,
  getRateLimit,
  resetDemoData,
  setDataSet,
  setLatency,
  setMaintenance,
  setRateLimitRemaining,
} from '@/mocks/demo-controls';
import { DEMO_KEYS } from '@/mocks/demo-keys';

/**
 * The demo panel's controls over HTTP, under `/_sandbox`, so scripts and tests can inject the
 * same faults the browser demo offers. Outside `/v1`: the documented API never sees them.
 */
export const CONTROL_PREFIX = '/_sandbox';

async function json<T>(request: Request): Promise<T> {
  const text = await request.text();
  return (text ? JSON.parse(text) : {}) as T;
}

function state() {
  const { dataSet, faults } = demoStore.get();
  return {
    dataSet,
    faults,
    keys: DEMO_KEYS.map((k) => ({ ...k, rateLimit: getRateLimit(k.id) })),
  };
}

/** Runs a control; a bad input (unknown endpoint, unknown key, bad JSON) is a 400 with its reason. */
function control(run: (request: Request, params: Record<string, string>) => Promise<void> | void) {
  return async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    try {
      await run(request, params as Record<string, string>);
      return HttpResponse.json(state());
    } catch (error) {
      return HttpResponse.json(
        { code: 'bad_control', message: error instanceof Error ? error.message : String(error) },
        { status: 400 },
      );
    }
  };
}

const at = (path: string) => `*${CONTROL_PREFIX}${path}`;

export const controlHandlers: RequestHandler[] = [
  http.get(at(''), () => HttpResponse.json(state())),
  http.post(
    at('/reset'),
    control(async (request) => {
      const { dataSet } = await json<{ dataSet?: DataSet }>(request);
      if (dataSet) setDataSet(dataSet);
      else resetDemoData();
      clearFaults();
    }),
  ),
  http.post(
    at('/faults/next'),
    control(async (request) => failNextCall(await json<FaultInput & { endpointId?: string }>(request))),
  ),
  http.put(
    at('/faults/endpoints/:endpointId'),
    control(async (request, params) =>
      failEndpoint(params.endpointId ?? '', await json<FaultInput>(request)),
    ),
  ),
  http.delete(
    at('/faults/endpoints/:endpointId'),
    control((_, params) => clearEndpointFault(params.endpointId ?? '')),
  ),
  http.delete(at('/faults'), control(clearFaults)),
  http.put(
    at('/maintenance'),
    control(async (request) => {
      const { on, retryAfter } = await json<{ on?: boolean; retryAfter?: number | null }>(request);
      if (retryAfter != null && !Number.isFinite(retryAfter))
        throw new Error('retryAfter: seconds, a number');
      // As in the demo panel: the 503 then carries Retry-After.
      setMaintenance(Boolean(on), retryAfter ?? null);
    }),
  ),
  http.put(
    at('/latency'),
    control(async (request) => setLatency((await json<{ ms?: number | null }>(request)).ms ?? null)),
  ),
  http.put(
    at('/rate-limit/:key'),
    control(async (request, params) =>
      setRateLimitRemaining(params.key ?? '', (await json<{ remaining: number }>(request)).remaining),
    ),
  ),
];
