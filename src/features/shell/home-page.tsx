import { Link } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { DOCUMENTED_RATE_LIMIT } from '@/api/api-headers';
import { connectionStore } from '@/api/connection';
import type { KeyCapabilities } from '@/api/key-capabilities';
import { LazyPortalHome } from '@/features/portal/lazy-portal-home';
import { portalNoticeText } from '@/features/portal/portal-notice';
import { cardClass, cx } from '@/features/ui/class-names';
import { PageHeader } from '@/features/ui/page-header';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { formatNumber, i18n, params, useMessages } from '@/i18n';
import { describeConnection } from './describe-connection';
import { LearnedRestrictions } from './learned-restrictions';
import { type NavItem, visibleNavItems } from './nav-items';
import { useShell } from './shell-context';

const messages = i18n('shell/home-page', {
  myAccount: 'My account',
  portal: params<{ customer: string }>('The self-service portal of customer {customer}.'),
  overview: 'Overview',
  overviewText: 'The 4b42 (Securebit) hosting API, through its documented endpoints.',
  connectedAs: 'Connected as',
  scopeDetected: 'Scope detected: ',
  scopeManual: 'Scope you chose: ',
  scopeDemo: 'Scope: ',
  demoScope: 'Known for this demo key.',
  connectAgain: 'Connect again to change it',
  learnsFrom403:
    'The API offers no way to ask what a key may do: the console learns it from 403 answers (METHOD_RESTRICTED, PATH_RESTRICTED, ORDERING_NOT_ENABLED), per path and method, and then says so next to the controls that would call what was refused.',
  areas: 'Areas',
  errorsTitle: 'How errors are shown',
  errorsBefore:
    'A failed call shows where it happened with its status, the API’s code and message, and the documented meaning of that code. Every call, failed or not, is in the',
  requestLog: 'request log',
  errorsAfter: params<{ limit: string }>(
    '(without the key), with its headers and body. The rate limit ({limit} requests an hour) is shown in the header.',
  ),
  customers: 'Customers',
  onlyCustomer: params<{ customer: string }>('Only customer {customer}'),
  all: 'All',
  allSoFar: 'All (as far as known)',
  writes: 'Writes',
  readOnly: 'Read-only: writes get 403 METHOD_RESTRICTED',
  allowedExcept: 'Allowed, except what is listed below',
  allowed: 'Allowed',
  // A key's rights are learnt from its refusals: nothing refused yet is not "allowed".
  allowedSoFar: 'None refused so far',
  ordering: 'Ordering',
  orderingOff: 'Not enabled: orders get 403 ORDERING_NOT_ENABLED',
  enabled: 'Enabled',
  enabledSoFar: 'Not refused so far (known after the first order)',
});
type Texts = ReturnType<typeof messages.get>;

const CARD_CLASS = cx(
  cardClass,
  'block h-full p-4 text-left transition-colors hover:border-teal-600 dark:hover:border-teal-400',
);

/** Who you are connected as, what the key may do, and a way into every area it can reach. */
export function HomePage({ notice, from }: { notice?: string; from?: string } = {}) {
  const t = useMessages(messages);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const capabilities = useKeyCapabilities();
  const shell = useShell();
  const areas = visibleNavItems(capabilities).filter((item) => item.id !== 'home');
  const own = capabilities.customerNumber;
  const noticeText = own && notice ? portalNoticeText(notice, own, from) : null;

  return (
    <div className="space-y-8">
      {own ? (
        <PageHeader title={t.myAccount} description={t.portal({ customer: own })} />
      ) : (
        <PageHeader title={t.overview} description={t.overviewText} />
      )}
      {noticeText && (
        <p
          role="status"
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
        >
          {noticeText}
        </p>
      )}
      {own && <LazyPortalHome customerNumber={own} />}

      <section aria-labelledby="connection-title" className={cx(cardClass, 'space-y-3 p-4')}>
        <h2 id="connection-title" className="font-semibold text-slate-900 dark:text-slate-50">
          {t.connectedAs}
        </h2>
        {connection && (
          <p className="text-sm text-slate-700 dark:text-slate-300">{describeConnection(connection).long}</p>
        )}
        <ul className="grid gap-2 text-sm sm:grid-cols-3">
          {keyPermissions(t, capabilities, connection?.kind === 'demo').map(([label, value]) => (
            <li key={label} className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800">
              <span className="block text-xs text-slate-600 dark:text-slate-400">{label}</span>
              <span className="text-slate-900 dark:text-slate-100">{value}</span>
            </li>
          ))}
        </ul>
        {connection?.scope && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <span className="font-medium">
              {connection.scope.source === 'detected'
                ? t.scopeDetected
                : connection.scope.source === 'manual'
                  ? t.scopeManual
                  : t.scopeDemo}
            </span>
            {/* Found at connect, in the language of then; the demo's is known, so it follows a switch. */}
            {connection.scope.source === 'demo' ? t.demoScope : connection.scope.how}{' '}
            <Link to="/connect" className="font-medium text-teal-800 underline dark:text-teal-300">
              {t.connectAgain}
            </Link>
          </p>
        )}
        <LearnedRestrictions learned={capabilities.learned} />
        {connection?.kind === 'remote' && (
          <p className="text-xs text-slate-600 dark:text-slate-400">{t.learnsFrom403}</p>
        )}
      </section>

      <section aria-labelledby="areas-title" className="space-y-3">
        <h2 id="areas-title" className="font-semibold text-slate-900 dark:text-slate-50">
          {t.areas}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {areas.map((item) => (
            <li key={item.id}>
              <AreaCard item={item} onOpenRequestLog={shell?.openRequestLog} />
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="errors-title"
        className="rounded-lg border border-slate-200 p-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300"
      >
        <h2 id="errors-title" className="font-semibold text-slate-900 dark:text-slate-50">
          {t.errorsTitle}
        </h2>
        <p className="mt-1">
          {t.errorsBefore}{' '}
          {shell ? (
            <button
              type="button"
              className="font-medium text-teal-800 underline dark:text-teal-300"
              onClick={shell.openRequestLog}
            >
              {t.requestLog}
            </button>
          ) : (
            t.requestLog
          )}{' '}
          {t.errorsAfter({ limit: formatNumber(DOCUMENTED_RATE_LIMIT) })}
        </p>
      </section>
    </div>
  );
}

function AreaCard({ item, onOpenRequestLog }: { item: NavItem; onOpenRequestLog: (() => void) | undefined }) {
  const body = (
    <>
      <span className="block font-medium text-teal-800 dark:text-teal-300">{item.label}</span>
      <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">{item.description}</span>
    </>
  );
  if (item.target.kind === 'request-log') {
    return (
      <button
        type="button"
        className={cx(CARD_CLASS, 'w-full')}
        aria-haspopup="dialog"
        onClick={onOpenRequestLog}
      >
        {body}
      </button>
    );
  }
  return (
    <Link
      to={item.target.to}
      search={item.target.search ?? {}}
      params={item.target.params ?? {}}
      className={CARD_CLASS}
    >
      {body}
    </Link>
  );
}

function keyPermissions(t: Texts, capabilities: KeyCapabilities, known: boolean): [string, string][] {
  return [
    [
      t.customers,
      capabilities.customerNumber
        ? t.onlyCustomer({ customer: capabilities.customerNumber })
        : known
          ? t.all
          : t.allSoFar,
    ],
    [
      t.writes,
      capabilities.readOnly
        ? t.readOnly
        : capabilities.learned.length > 0
          ? t.allowedExcept
          : known
            ? t.allowed
            : t.allowedSoFar,
    ],
    [t.ordering, capabilities.orderingDisabled ? t.orderingOff : known ? t.enabled : t.enabledSoFar],
  ];
}
