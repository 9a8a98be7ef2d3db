/**
 * Route guards for a customer-scoped key (the self-service portal): pages that cannot work for
 * it go to the portal home with a one-line reason instead of meeting a 403. Light on purpose
 * (route `beforeLoad` is part of the first load): the connection store and the router only.
 */
import { redirect } from '@tanstack/react-router';
import { scopedCustomerNumber } from '@/api/connection';

export const PORTAL_NOTICES = ['all-customers', 'new-customer', 'other-customer', 'operator-area'] as const;
export type PortalNotice = (typeof PORTAL_NOTICES)[number];

/** Areas of the explorer only an operator's key reaches. */
const OPERATOR_AREAS: readonly string[] = ['dns', 'internet', 'servers', 'tools'];

function toPortal(notice: PortalNotice, from?: string): never {
  throw redirect({ to: '/', search: { notice, from } });
}

/** For pages of every customer (the list) and of creating one. */
export function operatorOnly(notice: 'all-customers' | 'new-customer'): void {
  if (scopedCustomerNumber()) toPortal(notice);
}

/** For pages of one customer: only the key's own. */
export function ownCustomerOnly(customerNumber: string): void {
  const own = scopedCustomerNumber();
  if (own && customerNumber !== own) toPortal('other-customer', customerNumber);
}

/** For the explorer's operator areas (DNS, internet resources, servers, tools). */
export function operatorAreaOnly(area: string | undefined): void {
  if (area && OPERATOR_AREAS.includes(area) && scopedCustomerNumber()) toPortal('operator-area', area);
}
