import { i18n, params } from '@/i18n';

const messages = i18n('portal/portal-notice', {
  allCustomers: params(
    'This key reaches only customer {own}, so there is no list of all customers: this is your account.',
  ),
  newCustomer: params('This key belongs to customer {own}: it cannot create customers.'),
  otherCustomer: params('This key reaches only customer {own}, not customer {from}: this is your account.'),
  otherCustomerUnnamed: params('This key reaches only customer {own}: this is your account.'),
  operatorArea: params(
    'DNS zones, internet resources, servers and tools are for operators: this key reaches only customer {own}.',
  ),
});

/** The one line a page this key cannot use leaves on the portal home (see routes/-portal-guard.ts). */
export function portalNoticeText(notice: string, own: string, from?: string): string | null {
  const t = messages.get();
  switch (notice) {
    case 'all-customers':
      return t.allCustomers({ own });
    case 'new-customer':
      return t.newCustomer({ own });
    case 'other-customer':
      return from ? t.otherCustomer({ own, from }) : t.otherCustomerUnnamed({ own });
    case 'operator-area':
      return t.operatorArea({ own });
    default:
      return null;
  }
}
