import { type ApiError, isApiError } from '../../api/api-error';
import { endpoint } from '../../api/catalogue';
import { callEndpoint } from '../../api/client';
import type { Connection } from '../../api/connection';

/**
 * Tries the key with one cheap read before keeping it. A 403 means the API knew the key but
 * limits what it may do (a customer-scoped or path-restricted key): still a working key, so it is
 * returned for the caller to mention. Anything else (401 above all) throws.
 */
export async function verifyKey(candidate: Connection): Promise<{ restriction: ApiError | null }> {
  try {
    await callEndpoint(endpoint('customer.list'), {}, { connection: candidate });
    return { restriction: null };
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 403) return { restriction: error };
    throw error;
  }
}
