/** The one line a page this key cannot use leaves on the portal home (see routes/-portal-guard.ts). */
export function portalNoticeText(notice: string, own: string, from?: string): string | null {
  switch (notice) {
    case 'all-customers':
      return `This key reaches only customer ${own}, so there is no list of all customers: this is your account.`;
    case 'new-customer':
      return `This key belongs to customer ${own}: it cannot create customers.`;
    case 'other-customer':
      return `This key reaches only customer ${own}${from ? `, not customer ${from}` : ''}: this is your account.`;
    case 'operator-area':
      return `DNS zones, internet resources, servers and tools are for operators: this key reaches only customer ${own}.`;
    default:
      return null;
  }
}
