import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import { foldText, matchesAll, queryTerms } from '@/features/lists/text-match';
import { useUrlSyncedText } from '@/features/lists/use-url-synced-text';
import { cx } from '@/features/ui/class-names';
import { EmptyState } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { SearchBox } from '@/features/ui/search-box';
import { i18n, params, useMessages } from '@/i18n';
import { CATALOGUE, type CatalogueEntry, editionLabel, findCatalogueEntry } from './catalogue-entries';
import { ShowMe } from './show-me';

export const entryAnchor = (key: string) => `error-entry-${key}`;

const messages = i18n('errors/error-catalogue-page', {
  statuses: 'HTTP statuses',
  currentCodes: 'Error codes of the current edition (lowercase)',
  olderCodes: 'Error codes of the older edition (uppercase)',
  meaning: 'Documented meaning',
  usualStatus: 'Usual status',
  handling: 'What the console does',
  title: 'Error codes',
  description:
    'Every HTTP status and error code of both editions of the API documentation, each once, with what the console does when it meets it.',
  undocumented:
    "is not in the API documentation: neither edition lists it. The console shows the API's own message and the meaning of the status it came with; the documented statuses and codes are below.",
  find: 'Find a status or code',
  findPlaceholder: '404, invalid_input, permission…',
  found: params<{ shown: number; total: number }>('{shown} of {total}'),
  noMatch: 'No status or code matches',
  fewerWords: 'Try fewer words.',
});

const SECTIONS: readonly {
  id: 'statuses' | 'currentCodes' | 'olderCodes';
  pick: (e: CatalogueEntry) => boolean;
}[] = [
  { id: 'statuses', pick: (e) => e.kind === 'status' },
  { id: 'currentCodes', pick: (e) => e.kind === 'code' && e.edition === 'current' },
  { id: 'olderCodes', pick: (e) => e.kind === 'code' && e.edition === 'older' },
];

/** What the search looks in, per entry, in the current language (built again when it changes). */
const haystacksOf = () =>
  new Map(
    CATALOGUE.map((e) => [
      e.key,
      foldText([e.key, e.meaning, e.handling, editionLabel(e.edition)].join('\u0000')),
    ]),
  );

/** Runs `act` on the next tick once no modal dialog is open; returns a cancel function. */
function whenNoDialog(act: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = setTimeout(act, 0);
  };
  if (!document.querySelector('[role="dialog"]')) {
    run();
    return () => clearTimeout(timer);
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="dialog"]')) return;
    observer.disconnect();
    run();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

function EntryCard({
  entry,
  highlighted,
  demo,
}: {
  entry: CatalogueEntry;
  highlighted: boolean;
  demo: boolean;
}) {
  const t = useMessages(messages);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlighted) return;
    // After the router's own scroll restoration (which would put the page back at the top) and
    // after a closing dialog (the request log) has handed focus back to its opener.
    return whenNoDialog(() => {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView?.({ block: 'center' });
    });
  }, [highlighted]);
  return (
    <li>
      <article
        ref={ref}
        id={entryAnchor(entry.key)}
        tabIndex={-1}
        aria-labelledby={`${entryAnchor(entry.key)}-title`}
        aria-current={highlighted ? 'true' : undefined}
        className={cx(
          'space-y-2 rounded-lg border p-4 text-sm focus:outline-none',
          highlighted
            ? 'border-teal-600 bg-teal-50 ring-2 ring-teal-600 dark:border-teal-400 dark:bg-teal-950/50 dark:ring-teal-400'
            : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900',
        )}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3
            id={`${entryAnchor(entry.key)}-title`}
            className="font-mono text-base font-semibold break-all text-slate-900 dark:text-slate-50"
          >
            {entry.key}
          </h3>
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            {editionLabel(entry.edition)}
          </span>
        </div>
        <dl className="grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <dt className="text-slate-600 dark:text-slate-400">{t.meaning}</dt>
          <dd className="text-slate-900 dark:text-slate-100">{entry.meaning}</dd>
          {entry.kind === 'code' && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{t.usualStatus}</dt>
              <dd className="text-slate-900 dark:text-slate-100">{entry.status}</dd>
            </>
          )}
          <dt className="text-slate-600 dark:text-slate-400">{t.handling}</dt>
          <dd className="text-slate-900 dark:text-slate-100">{entry.handling}</dd>
        </dl>
        {demo && entry.status >= 400 && <ShowMe entry={entry} />}
      </article>
    </li>
  );
}

/**
 * Every HTTP status and error code of both editions of the docs, each once: edition, documented
 * meaning, what the console does with it and, in the demo, "show me". `entry` picks one out.
 */
export function ErrorCataloguePage({
  entry,
  query: urlQuery,
  onQueryChange,
}: {
  entry: string;
  /** The search text in the URL, and how to put it there (it follows the typing after a pause). */
  query: string;
  onQueryChange: (query: string) => void;
}) {
  const t = useMessages(messages);
  const [query, setQuery] = useUrlSyncedText(urlQuery, onQueryChange);
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const demo = import.meta.env.VITE_DEMO === 'true' && connection?.kind === 'demo';
  const wanted = entry.trim();
  const known = findCatalogueEntry(wanted);
  // `t` changes with the language: the meanings searched change with it.
  const haystacks = useMemo(() => (t ? haystacksOf() : new Map<string, string>()), [t]);
  const shown = useMemo(() => {
    const terms = queryTerms(query);
    return CATALOGUE.filter(
      (e) => terms.length === 0 || e.key === known?.key || matchesAll(haystacks.get(e.key) ?? '', terms),
    );
  }, [query, known, haystacks]);

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t.title} description={t.description} />
      {wanted && !known && (
        <div
          role="note"
          className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
        >
          <p>
            <code className="font-mono font-semibold">{wanted}</code> {t.undocumented}
          </p>
        </div>
      )}
      <div className="mb-4">
        <SearchBox
          label={t.find}
          placeholder={t.findPlaceholder}
          value={query}
          onChange={setQuery}
          status={t.found({ shown: shown.length, total: CATALOGUE.length })}
        />
      </div>
      {shown.length === 0 && <EmptyState title={t.noMatch}>{t.fewerWords}</EmptyState>}
      {SECTIONS.map((section) => {
        const entries = shown.filter(section.pick);
        if (entries.length === 0) return null;
        return (
          <section key={section.id} className="mb-8" aria-label={t[section.id]}>
            <h2 className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50">{t[section.id]}</h2>
            <ul className="space-y-3">
              {entries.map((e) => (
                <EntryCard key={e.key} entry={e} highlighted={e.key === known?.key} demo={demo} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
