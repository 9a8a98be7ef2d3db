import { Link } from '@tanstack/react-router';
import type { AnyEndpoint } from '@/api/endpoint';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('ui/explorer-link', { open: 'Open in API explorer' });

type LinkedEndpoint = Pick<AnyEndpoint, 'id' | 'area' | 'method' | 'path'>;

/** The explorer's search for `endpoint`, with a page's path params filled in: for any link to it. */
export const explorerSearch = (endpoint: LinkedEndpoint, params?: Readonly<Record<string, string>>) => ({
  area: endpoint.area,
  endpoint: endpoint.id,
  params,
});

/**
 * "Open in API explorer" for the call a page makes: the same endpoint, ready to send by hand.
 * `params`: the page's path params (a record's page), filled in the explorer's form.
 */
export function ExplorerLink({
  endpoint,
  params,
}: {
  endpoint: LinkedEndpoint;
  params?: Readonly<Record<string, string>>;
}) {
  const t = useMessages(messages);
  return (
    <Link
      to="/explorer"
      search={explorerSearch(endpoint, params)}
      className="inline-flex items-center gap-1 text-sm text-teal-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300"
      title={`${endpoint.method} ${endpoint.path}`}
    >
      {t.open}
      <span className="sr-only">
        {' '}
        ({endpoint.method} {endpoint.path})
      </span>
    </Link>
  );
}
