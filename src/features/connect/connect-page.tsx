import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { type Connection, connect, connectionStore } from '@/api/connection';
import { notify } from '@/features/notifications/notify';
import { describeConnection } from '@/features/shell/describe-connection';
import { StandaloneLayout } from '@/features/shell/standalone-layout';
import { useDocumentTitle } from '@/features/ui/use-document-title';
import { i18n, params, useMessages } from '@/i18n';
import type { DemoKey } from '@/mocks/demo-keys';
import { ConnectForm } from './connect-form';
import { DemoKeysSection } from './demo-keys-section';
import { isInAppPath } from './in-app-path';
import { DEMO_AVAILABLE, openDemo } from './open-demo';
import type { KeyCheck } from './verify-key';

const messages = i18n('connect/connect-page', {
  restricted: 'Connected with a restricted key',
  restrictedText: params<{ answer: string; meaning: string }>(
    'The API knows this key but answered the test call with {answer}: {meaning} Areas it may not reach will answer the same way.',
  ),
  title: 'Connect to the 4b42 API',
  tabTitle: 'Connect',
  lead: 'The console manages customers, users, DNS zones, internet resources and servers through the 4b42 (Securebit) hosting API.',
  connectedNow: params<{ connection: string }>(
    'Connected now: {connection}. Connecting again replaces that key.',
  ),
  back: 'Back to the console',
  signedOut: 'Signed out. The key, the cached data and the request log are gone from this browser.',
  rejected: 'The API rejected the key (401 Unauthorized)',
  rejectedText:
    'It may be wrong, revoked or expired. Connect again to continue; forms you had not saved keep their drafts on this device.',
});

export type ConnectReason = 'unauthorized' | 'signed-out';

/** Only paths inside the console, and never back to this page. */
function safeTarget(redirectTo: string | undefined): string {
  return isInAppPath(redirectTo) && !redirectTo.startsWith('/connect') ? redirectTo : '/';
}

export function ConnectPage({ reason, redirectTo }: { reason?: ConnectReason; redirectTo?: string }) {
  const t = useMessages(messages);
  useDocumentTitle(t.tabTitle);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const current = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const target = safeTarget(redirectTo);

  // Data cached for another key must never show under this one.
  const enter = async (check?: KeyCheck, ownCustomer?: string | null) => {
    await queryClient.cancelQueries();
    queryClient.clear();
    // The key check already read the customer list (and the scope probe the own record): a
    // second request would spend budget on them.
    if (check?.customers || check?.ownRecord) {
      // Loaded already by the key check: this import costs no request.
      const { customerQueries } = await import('@/api/queries/customers');
      if (check.customers) queryClient.setQueryData(customerQueries.list().queryKey, check.customers);
      if (check.ownRecord && ownCustomer)
        queryClient.setQueryData(customerQueries.detail(ownCustomer).queryKey, check.ownRecord);
    }
    await navigate({ href: target });
  };

  const onConnected = async (connection: Connection, check: KeyCheck) => {
    const { restriction, learned } = check;
    connect(learned ? { ...connection, learned: [learned] } : connection);
    if (restriction) {
      notify({
        kind: 'info',
        id: 'restricted-key',
        title: messages.get().restricted,
        description: messages.get().restrictedText({
          answer: `${restriction.status} ${restriction.code ?? ''}`.trim(),
          meaning: restriction.meaning,
        }),
      });
    }
    await enter(check, connection.scope?.customerNumber);
  };

  const onOpenDemo = async (id: DemoKey['id']) => {
    await openDemo(id);
    await enter();
  };

  return (
    <StandaloneLayout>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-slate-50">{t.title}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.lead}</p>
      </div>

      {reason && <ReasonNotice reason={reason} />}
      {current && !reason && (
        <p className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
          {t.connectedNow({ connection: describeConnection(current).short })}{' '}
          <Link to="/" className="font-medium text-teal-800 underline dark:text-teal-300">
            {t.back}
          </Link>
        </p>
      )}

      {DEMO_AVAILABLE && <DemoKeysSection onOpen={onOpenDemo} />}
      <ConnectForm onConnected={onConnected} />
    </StandaloneLayout>
  );
}

function ReasonNotice({ reason }: { reason: ConnectReason }) {
  const t = useMessages(messages);
  if (reason === 'signed-out') {
    return (
      <p
        role="status"
        className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
      >
        {t.signedOut}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">{t.rejected}</p>
      <p className="mt-1">{t.rejectedText}</p>
    </div>
  );
}
