import { Link } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import type { KeyCapabilities } from '@/api/key-capabilities';
import { cardClass, cx } from '../ui/class-names';
import { PageHeader } from '../ui/page-header';
import { useKeyCapabilities } from '../ui/use-key-capabilities';
import { describeConnection } from './describe-connection';
import { type NavItem, visibleNavItems } from './nav-items';
import { useShell } from './shell-context';

const CARD_CLASS = cx(
  cardClass,
  'block h-full p-4 text-left transition-colors hover:border-teal-600 dark:hover:border-teal-400',
);

/** Who you are connected as, what the key may do, and a way into every area it can reach. */
export function HomePage() {
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const capabilities = useKeyCapabilities();
  const shell = useShell();
  const areas = visibleNavItems(capabilities).filter((item) => item.id !== 'home');

  return (
    <div className="space-y-8">
      <PageHeader
        title="Overview"
        description="The 4b42 (Securebit) hosting API, through its documented endpoints."
      />

      <section aria-labelledby="connection-title" className={cx(cardClass, 'space-y-3 p-4')}>
        <h2 id="connection-title" className="font-semibold text-slate-900 dark:text-slate-50">
          Connected as
        </h2>
        {connection && (
          <p className="text-sm text-slate-700 dark:text-slate-300">{describeConnection(connection).long}</p>
        )}
        <ul className="grid gap-2 text-sm sm:grid-cols-3">
          {keyPermissions(capabilities, connection?.kind === 'demo').map(([label, value]) => (
            <li key={label} className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800">
              <span className="block text-xs text-slate-600 dark:text-slate-400">{label}</span>
              <span className="text-slate-900 dark:text-slate-100">{value}</span>
            </li>
          ))}
        </ul>
        {connection?.kind === 'remote' && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            The API offers no way to ask what a key may do: the console learns it from 403 answers
            (METHOD_RESTRICTED, PATH_RESTRICTED, ORDERING_NOT_ENABLED) and then says so next to the controls.
          </p>
        )}
      </section>

      <section aria-labelledby="areas-title" className="space-y-3">
        <h2 id="areas-title" className="font-semibold text-slate-900 dark:text-slate-50">
          Areas
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
          How errors are shown
        </h2>
        <p className="mt-1">
          A failed call shows where it happened with its status, the API&apos;s code and message, and the
          documented meaning of that code. Every call, failed or not, is in the{' '}
          {shell ? (
            <button
              type="button"
              className="font-medium text-teal-800 underline dark:text-teal-300"
              onClick={shell.openRequestLog}
            >
              request log
            </button>
          ) : (
            'request log'
          )}{' '}
          (without the key), with its headers and body. The rate limit (3600 requests an hour) is shown in the
          header.
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

function keyPermissions(capabilities: KeyCapabilities, known: boolean): [string, string][] {
  const unknownYet = known ? '' : ' (as far as known)';
  return [
    [
      'Customers',
      capabilities.customerNumber ? `Only customer ${capabilities.customerNumber}` : `All${unknownYet}`,
    ],
    [
      'Writes',
      capabilities.readOnly ? 'Read-only: writes get 403 METHOD_RESTRICTED' : `Allowed${unknownYet}`,
    ],
    [
      'Ordering',
      capabilities.orderingDisabled
        ? 'Not enabled: orders get 403 ORDERING_NOT_ENABLED'
        : `Enabled${unknownYet}`,
    ],
  ];
}
