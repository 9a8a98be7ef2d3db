import { type RefObject, useId, useMemo } from 'react';
import { areaName } from '@/api/area-names';
import { ENDPOINTS } from '@/api/catalogue';
import { type AnyEndpoint, AREAS, type Area } from '@/api/endpoint';
import { knownRefusal } from '@/api/key-capabilities';
import { cx, inputClass } from '@/features/ui/class-names';
import { MethodBadge } from '@/features/ui/method-badge';
import { PathText } from '@/features/ui/path-text';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('explorer/endpoint-list', {
  title: 'Endpoints',
  filter: 'Filter by path, summary or id',
  shown: params<{ shown: number; total: number }>('{shown} of {total} endpoints shown'),
  shownInArea: params<{ shown: number; total: number; area: string }>(
    '{shown} of {total} endpoints of the area {area} shown',
  ),
  notForKey: params<{ reason: string }>('Not for this key: {reason}'),
  placeholder: 'e.g. zone, /v1/customer, user.get',
  noMatch: params<{ query: string }>('No endpoint matches “{query}”.'),
});

/** Endpoints whose path, summary, id or method contain every word of the filter. */
export function filterEndpoints(
  endpoints: readonly AnyEndpoint[],
  query: string,
  area?: Area,
): AnyEndpoint[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return endpoints.filter((e) => {
    if (area && e.area !== area) return false;
    const haystack = `${e.method} ${e.path} ${e.summary} ${e.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Every documented endpoint, grouped by area, with a text filter. */
export function EndpointList({
  area,
  selectedId,
  onSelect,
  filterRef,
  query,
  onQueryChange,
}: {
  area?: Area | undefined;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  filterRef?: RefObject<HTMLInputElement | null>;
  query: string;
  onQueryChange: (query: string) => void;
}) {
  const t = useMessages(messages);
  const capabilities = useKeyCapabilities();
  const headingId = useId();
  const filterId = useId();
  // Filtered in the keystroke's own render, as the lists are: 43 entries, and a deferred render
  // would paint them a frame after the box.
  const matches = useMemo(
    () => filterEndpoints(ENDPOINTS as readonly AnyEndpoint[], query, area),
    [query, area],
  );
  const inArea = ENDPOINTS.filter((e) => e.area === area).length;
  const groups = (Object.keys(AREAS) as Area[])
    .map((key) => [key, matches.filter((e) => e.area === key)] as const)
    .filter(([, endpoints]) => endpoints.length > 0);

  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-3">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t.title}
      </h2>
      <div className="space-y-1">
        <label htmlFor={filterId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          {t.filter}
        </label>
        <input
          ref={filterRef}
          id={filterId}
          type="search"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
        />
      </div>
      <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {area
          ? t.shownInArea({ shown: matches.length, total: inArea, area: areaName(area) })
          : t.shown({ shown: matches.length, total: ENDPOINTS.length })}
      </p>
      {/* Scrolls within itself, so on a phone the chosen endpoint is not 43 entries down the page. */}
      <div className="max-h-[22rem] space-y-4 overflow-y-auto rounded-md border border-slate-200 p-2 lg:max-h-[calc(100dvh-14rem)] dark:border-slate-700">
        {groups.map(([key, endpoints]) => (
          <div key={key} className="space-y-1">
            <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">{areaName(key)}</h3>
            <ul className="space-y-1">
              {endpoints.map((e) => {
                const selected = e.id === selectedId;
                const refused = knownRefusal(capabilities, e);
                return (
                  <li key={e.id}>
                    <button
                      type="button"
                      onClick={() => onSelect(e.id)}
                      aria-current={selected ? 'true' : undefined}
                      className={cx(
                        'flex w-full min-w-0 items-start gap-2 rounded-md border px-2 py-1.5 text-left',
                        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600',
                        selected
                          ? 'border-teal-600 bg-teal-50 dark:border-teal-400 dark:bg-teal-950/50'
                          : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-800',
                      )}
                    >
                      <MethodBadge method={e.method} className="mt-0.5" />{' '}
                      <span className="min-w-0">
                        <span className="block break-words font-mono text-xs text-slate-900 dark:text-slate-100">
                          <PathText path={e.path} />
                        </span>{' '}
                        <span className="block text-xs text-slate-600 dark:text-slate-400">{e.summary}</span>
                        {refused && (
                          <span className="mt-0.5 block text-xs text-amber-800 dark:text-amber-300">
                            {t.notForKey({ reason: refused })}
                          </span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {matches.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.noMatch({ query })}</p>
        )}
      </div>
    </section>
  );
}
