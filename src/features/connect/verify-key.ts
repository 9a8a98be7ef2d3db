import { type ApiError, isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import type { Connection, KeyScope } from '@/api/connection';
import type { EndpointResult } from '@/api/endpoint';
import { type LearnedRestriction, restrictionFrom } from '@/api/permissions';
import { i18n, params } from '@/i18n';
import { DEMO_SCOPE_TEXT } from './open-demo';

const messages = i18n('connect/verify-key', {
  saidOperator: 'You said this is an operator’s key.',
  saidCustomer: params<{ customer: string }>('You said this key belongs to customer {customer}.'),
  listRefused: params<{ answer: string }>(
    'GET /v1/customer answered {answer}: the key may not list customers, so it is probably scoped to one. Which customer number is it for?',
  ),
  listEmpty: 'GET /v1/customer returned no customer, so the console cannot tell whom the key reaches.',
  listMany: params<{ count: number }>(
    'GET /v1/customer listed {count} customers: the key reaches every customer it lists.',
  ),
  listOne: params<{ customer: string }>(
    'GET /v1/customer listed only customer {customer}, and its record answered: a key for that customer.',
  ),
  recordFailed: params<{ customer: string; answer: string }>(
    'GET /v1/customer listed only customer {customer}, but its record answered {answer}. Which customer number is this key for?',
  ),
  anError: 'an error',
});

const customerList = endpoint('customer.list');
const customerGet = endpoint('customer.get');

/** What the user chose on the connect form: let the console find out, or say it. */
export type ScopeChoice =
  | { kind: 'detect' }
  | { kind: 'operator' }
  | { kind: 'customer'; customerNumber: string };

export interface KeyCheck {
  /** A 403 to mention: the key works but is restricted. */
  restriction: ApiError | null;
  /** What that 403 teaches about the key: the first thing learned about it. */
  learned: LearnedRestriction | null;
  /** The customer list the check read, kept so the console need not ask for it again. */
  customers: EndpointResult<typeof customerList> | null;
  /** The own customer's record, when the scope probe read it (seeds the cache too). */
  ownRecord: EndpointResult<typeof customerGet> | null;
  /** Whom the key reaches; null when it cannot be told and the user must say. */
  scope: KeyScope | null;
  /** Why the scope could not be told (shown next to the customer-number field). */
  undetermined: string | null;
}

const isForbidden = (error: unknown): error is ApiError =>
  isApiError(error) && error.kind === 'http' && error.status === 403;

/**
 * Tries the key with the read the console needs first anyway, the customer list, and learns the
 * key's scope from it at no extra cost: many customers is an operator's key; a list of one is
 * confirmed with one probe of that customer's record; a 403 PATH_RESTRICTED (or an empty list)
 * cannot tell, so the user is asked. A manual choice always wins. A 403 means the API knew the
 * key: still a working key. Anything else (401 above all) throws.
 */
export async function verifyKey(
  candidate: Connection,
  choice: ScopeChoice = { kind: 'detect' },
): Promise<KeyCheck> {
  const check: KeyCheck = {
    restriction: null,
    learned: null,
    customers: null,
    ownRecord: null,
    scope: null,
    undetermined: null,
  };
  try {
    check.customers = await callEndpoint(customerList, {}, { connection: candidate });
  } catch (error) {
    if (!isForbidden(error)) throw error;
    check.restriction = error;
    check.learned = restrictionFrom(customerList, {}, error.code, Date.now());
  }

  const t = messages.get();
  if (choice.kind === 'operator') {
    check.scope = { customerNumber: null, source: 'manual', how: t.saidOperator };
    return check;
  }
  if (choice.kind === 'customer') {
    check.scope = {
      customerNumber: choice.customerNumber,
      source: 'manual',
      how: t.saidCustomer({ customer: choice.customerNumber }),
    };
    return check;
  }
  if (candidate.capabilities && 'customerNumber' in candidate.capabilities) {
    const own = candidate.capabilities.customerNumber ?? null;
    check.scope = { customerNumber: own, source: 'demo', how: DEMO_SCOPE_TEXT };
    return check;
  }

  const list = check.customers;
  if (check.restriction) {
    check.undetermined = t.listRefused({ answer: `403 ${check.restriction.code ?? ''}`.trim() });
    return check;
  }
  if (!list || list.length === 0) {
    check.undetermined = t.listEmpty;
    return check;
  }
  if (list.length > 1) {
    check.scope = {
      customerNumber: null,
      source: 'detected',
      how: t.listMany({ count: list.length }),
    };
    return check;
  }
  const only = String(list[0]?.name ?? '');
  try {
    check.ownRecord = await callEndpoint(
      customerGet,
      { params: { customerNumber: only } },
      { connection: candidate },
    );
    check.scope = {
      customerNumber: only,
      source: 'detected',
      how: t.listOne({ customer: only }),
    };
  } catch (error) {
    if (!isForbidden(error) && !(isApiError(error) && error.kind === 'http')) throw error;
    check.undetermined = t.recordFailed({
      customer: only,
      answer: isApiError(error) ? `${error.status} ${error.code ?? ''}`.trim() : t.anError,
    });
  }
  return check;
}
