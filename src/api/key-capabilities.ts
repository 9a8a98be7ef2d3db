import { i18n, params } from '@/i18n';
import { onApiCall } from './call-events';
import { type Connection, connect, connectionStore } from './connection';
import { createExternalStore } from './external-store';
import {
  addRestriction,
  covers,
  describeRestriction,
  type EndpointRef,
  findRestriction,
  type LearnedRestriction,
  orderingSwitch,
  restrictionFrom,
} from './permissions';

/**
 * What the current key may do, so controls can say why they are off instead of failing after
 * a click. Known up front for the demo keys (and for a scope chosen or detected at connect);
 * for a real key learned per endpoint from the API's 403 answers (see permissions.ts).
 */
export interface KeyCapabilities {
  /** Known up front: every write is refused. Never learned from one refusal. */
  readOnly: boolean;
  /** Set when the key only reaches one customer (self-service). */
  customerNumber: string | null;
  /** Orders are refused: known up front (a demo key), or learned from one ORDERING_NOT_ENABLED. */
  orderingDisabled: boolean;
  /** Refusals learned from the API, per endpoint (and customer). */
  learned: readonly LearnedRestriction[];
}

const UNRESTRICTED: KeyCapabilities = {
  readOnly: false,
  customerNumber: null,
  orderingDisabled: false,
  learned: [],
};

export const keyCapabilitiesStore = createExternalStore<KeyCapabilities>(UNRESTRICTED);

function fromConnection(connection: Connection | null): KeyCapabilities {
  if (!connection) return UNRESTRICTED;
  const learned = connection.learned ?? [];
  return {
    ...UNRESTRICTED,
    ...connection.capabilities,
    // Known up front (a demo key) or learned from one refused order: Home and the order buttons agree.
    orderingDisabled:
      Boolean(connection.capabilities?.orderingDisabled) ||
      learned.some((r) => r.code === 'ORDERING_NOT_ENABLED'),
    learned,
  };
}

/** Changes the connected key's connection where it is stored (no-op when not connected). */
function updateConnection(change: (current: Connection) => Connection): void {
  const current = connectionStore.get();
  const next = current && change(current);
  if (next && next !== current) connect(next);
}

// Each key starts from what is known of it up front; what is learned is kept with the connection.
const sync = () => keyCapabilitiesStore.set(fromConnection(connectionStore.get()));
sync();
connectionStore.subscribe(sync);

/** Records a refusal against the connected key. */
export function learnRestriction(restriction: LearnedRestriction): void {
  updateConnection((c) => {
    const learned = addRestriction(c.learned ?? [], restriction);
    return learned === c.learned ? c : { ...c, learned };
  });
}

/** Forgets one learned refusal (by index), or all of them. */
export function forgetRestrictions(index?: number): void {
  updateConnection((c) => ({
    ...c,
    learned: index === undefined ? [] : (c.learned ?? []).filter((_, i) => i !== index),
  }));
}

onApiCall((event) => {
  // A key being tried at connect is not the connected key: its refusals are not this key's.
  if (event.viaCurrentConnection === false) return;
  if (event.status !== 403 || !event.endpointId || !event.pathTemplate) return;
  const restriction = restrictionFrom(
    { id: event.endpointId, method: event.method, path: event.pathTemplate, order: event.order },
    event.params,
    event.code,
    event.startedAt,
  );
  if (restriction) learnRestriction(restriction);
});

const messages = i18n('api/key-capabilities', {
  readOnly: 'This key is read-only: the API answers writes with 403 METHOD_RESTRICTED.',
  orderingOff: params(
    'Ordering is not enabled for this key: the API answers orders with 403 ORDERING_NOT_ENABLED. {switch}',
  ),
  operatorOnly: params('Operator only: this key reaches only customer {customer}.'),
});

/** Why writes are off for a read-only key, in the current language. */
export function readOnlyReason(): string {
  return messages.get().readOnly;
}

/**
 * Why a call to this endpoint (with these path params) would be refused, or null. Without an
 * endpoint: whether writes in general are off (a read-only key), as before per-endpoint learning.
 */
export function refusalReason(
  capabilities: KeyCapabilities,
  endpoint?: EndpointRef,
  params?: Record<string, unknown>,
): string | null {
  if (!endpoint) return capabilities.readOnly ? readOnlyReason() : null;
  if (capabilities.readOnly && endpoint.method !== 'GET') return readOnlyReason();
  if (capabilities.orderingDisabled && endpoint.order)
    return messages.get().orderingOff({ switch: orderingSwitch() });
  const learned = findRestriction(capabilities.learned, endpoint, params);
  return learned ? describeRestriction(learned) : null;
}

/**
 * What the explorer says about an endpoint for this key, before any call: a refusal for every
 * customer, a path outside a customer key's own, else one learned for some customer (the
 * explorer has no params yet).
 */
export function knownRefusal(capabilities: KeyCapabilities, endpoint: EndpointRef): string | null {
  const general = refusalReason(capabilities, endpoint);
  if (general) return general;
  // A customer's key reaches its own paths and the (filtered) customer list, nothing else.
  const own = capabilities.customerNumber;
  if (own && endpoint.id !== 'customer.list' && !/\{(customerNumber|userId)\}/.test(endpoint.path))
    return messages.get().operatorOnly({ customer: own });
  const some = capabilities.learned.find(
    (r) => r.customerNumber && covers(r, endpoint, { customerNumber: r.customerNumber }),
  );
  return some ? describeRestriction(some) : null;
}
