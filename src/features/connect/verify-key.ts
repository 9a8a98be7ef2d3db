import { type ApiError, isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import type { Connection } from '@/api/connection';
import type { EndpointResult } from '@/api/endpoint';

const customerList = endpoint('customer.list');

export interface KeyCheck {
  /** A 403 to mention: the key works but is restricted. */
  restriction: ApiError | null;
  /** The customer list the check read, kept so the console need not ask for it again. */
  customers: EndpointResult<typeof customerList> | null;
}

/**
 * Tries the key with the read the console needs first anyway, the customer list. A 403 means the
 * API knew the key but limits what it may do (a customer-scoped or path-restricted key): still a
 * working key, so it is returned for the caller to mention. Anything else (401 above all) throws.
 */
export async function verifyKey(candidate: Connection): Promise<KeyCheck> {
  try {
    const customers = await callEndpoint(customerList, {}, { connection: candidate });
    return { restriction: null, customers };
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 403) {
      return { restriction: error, customers: null };
    }
    throw error;
  }
}
