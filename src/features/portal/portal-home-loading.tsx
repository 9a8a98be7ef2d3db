import { i18n, useMessages } from '@/i18n';

const messages = i18n('portal/portal-home-loading', { loading: 'Loading your account…' });

/** What "My account" shows while its code or the account's record is on the way. */
export function PortalHomeLoading() {
  const t = useMessages(messages);
  return (
    <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
      {t.loading}
    </p>
  );
}
