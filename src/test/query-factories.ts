import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/api-error';
import { connect, DEMO_BASE_URL } from '@/api/connection';
import { type DemoKey, demoKey } from '@/mocks/demo-keys';

/**
 * Query factories against the simulated API, as a page would use them: a fresh client without
 * retries, connected with a demo key (capabilities left to be learned, as for a real key).
 */
export function queryClientFor(key: DemoKey['id'] = 'operator'): QueryClient {
  connect({
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: demoKey(key).key,
    keyHeader: 'bearer',
    remember: false,
  });
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}
