import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { abuseReportFileName, abuseResourceMessage, parseAbuseResource } from '@/api/domain/abuse-resource';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import { ApiDateTime } from '@/features/ui/api-date-time';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { EmptyState, LoadingState } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { apiDateOf } from '@/features/ui/format-api-date';
import { LookupForm, type LookupParse, useAskAgainIfFailed, useLookup } from '@/features/ui/lookup-form';
import { PageHeader } from '@/features/ui/page-header';
import { useOneSend } from '@/features/ui/use-one-send';
import { count, i18n, params, useMessages } from '@/i18n';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

const messages = i18n('internet/abuse-page', {
  title: 'Abuse reports',
  description: 'What has been reported against an IP address, a prefix or an AS number.',
  formLabel: 'Look up abuse entries',
  submit: 'Look up',
  resource: 'Resource',
  hint: 'e.g. 193.33.95.20, 193.33.95.0/24 or AS64500',
  invalid: params<{ resource: string; reason: string }>('“{resource}”: {reason}.'),
  lookingUp: params<{ resource: string }>('Looking up {resource}…'),
  loadFailed: params<{ resource: string }>('Abuse entries for {resource} could not be loaded'),
  nothingReported: params<{ resource: string }>('Nothing reported for {resource}'),
  noEntriesIp: 'The API has no abuse entries for this IP address.',
  noEntriesPrefix: 'The API has no abuse entries for this prefix.',
  noEntriesAsn: 'The API has no abuse entries for this AS number.',
  entries: params<{ resource: string }>(
    count({ one: '{count} entry for {resource}', other: '{count} entries for {resource}' }),
  ),
  entry: 'Entry',
  via: params<{ source: string }>('via {source}'),
  report: 'Report (PDF)',
  getReport: params<{ resource: string }>('Get the report for {resource}'),
  reportFailed: 'The report could not be fetched',
  noReport: 'No report',
  noReportText: params<{ resource: string }>(
    'Nothing is reported for {resource}, so the API has no report (it answered []).',
  ),
  download: params<{ filename: string }>('Download {filename}'),
  reportFrame: params<{ resource: string }>('Abuse report for {resource}'),
});

const NO_ENTRIES = { ip: 'noEntriesIp', prefix: 'noEntriesPrefix', asn: 'noEntriesAsn' } as const;
type Kind = keyof typeof NO_ENTRIES;

const parseResource: LookupParse = (typed) => {
  const parsed = parseAbuseResource(typed);
  return parsed ? { value: parsed.value } : { error: abuseResourceMessage() };
};

/** GET /v1/internet/abuse/{resource} and its PDF report; the resource lives in the URL. */
export function AbusePage({
  resource,
  onResourceChange,
}: {
  resource: string;
  onResourceChange: (resource: string) => void;
}) {
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  const parsed = resource ? parseAbuseResource(resource) : null;
  const again = useAskAgainIfFailed(parsed ? internetQueries.abuse(parsed.value).queryKey : null);
  const lookup = useLookup(resource, parseResource, onResourceChange, { again });

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={
          <ExplorerLink
            endpoint={endpoint('abuse.list')}
            params={parsed ? { resource: parsed.value } : undefined}
          />
        }
      />
      <InternetSectionNav />
      <LookupForm
        {...lookup}
        formLabel={t.formLabel}
        submitLabel={t.submit}
        label={t.resource}
        hint={t.hint}
        input={{ spellCheck: false, autoComplete: 'off' }}
      />
      {parsed ? (
        <AbuseResult key={parsed.value} resource={parsed.value} kind={parsed.kind} />
      ) : resource ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t.invalid({ resource, reason: abuseResourceMessage() })}
        </p>
      ) : null}
    </>
  );
}

function AbuseResult({ resource, kind }: { resource: string; kind: Kind }) {
  const t = useMessages(messages);
  const entries = useQuery(internetQueries.abuse(resource));
  if (entries.isPending) return <LoadingState label={t.lookingUp({ resource })} />;
  if (entries.isError)
    return (
      <ErrorPanel
        error={entries.error}
        title={t.loadFailed({ resource })}
        onRetry={() => void entries.refetch()}
      />
    );
  return (
    <div className="space-y-6">
      {entries.data.length === 0 ? (
        // The documented answer `[]`.
        <EmptyState title={t.nothingReported({ resource })}>{t[NO_ENTRIES[kind]]}</EmptyState>
      ) : (
        <section aria-labelledby="abuse-entries" className="space-y-3">
          <h2 id="abuse-entries" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t.entries({ resource })(entries.data.length)}
          </h2>
          <ul className="space-y-2">
            {entries.data.map((entry, i) => (
              <AbuseEntry key={String(entry.id ?? i)} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      <AbuseReport resource={resource} />
    </div>
  );
}

function AbuseEntry({ entry }: { entry: Record<string, unknown> }) {
  const t = useMessages(messages);
  const text = (key: string) => (entry[key] == null ? '' : String(entry[key]));
  const open = text('status') === 'open';
  // The docs show no entry ([]), so the date is read leniently: the API's date shapes, else text.
  const reported = apiDateOf(entry.reported);
  return (
    <li className={`${cardClass} p-3 text-sm`}>
      <p className="flex flex-wrap items-center gap-2">
        {/* As the PDF report numbers its entries, so a line there can be found here. */}
        {text('id') && <span className="font-mono text-slate-600 dark:text-slate-400">#{text('id')}</span>}
        <span className="font-semibold uppercase text-slate-900 dark:text-slate-50">
          {text('type') || t.entry}
        </span>
        {text('status') && (
          <span
            className={
              open
                ? 'rounded bg-amber-100 px-1.5 text-amber-950 dark:bg-amber-900 dark:text-amber-50'
                : 'rounded bg-slate-100 px-1.5 text-slate-800 dark:bg-slate-800 dark:text-slate-200'
            }
          >
            {text('status')}
          </span>
        )}
        <span className="text-slate-600 dark:text-slate-400">
          {reported ? <ApiDateTime value={reported} /> : text('reported')}
          {text('reported') && text('source') && ' · '}
          {text('source') && t.via({ source: text('source') })}
        </span>
      </p>
      {text('description') && (
        <p className="mt-1 text-slate-800 dark:text-slate-200">{text('description')}</p>
      )}
    </li>
  );
}

function AbuseReport({ resource }: { resource: string }) {
  const t = useMessages(messages);
  // One request however fast the clicks: a second would spend the budget on the same PDF.
  const { mutation: report, send } = useOneSend({
    ...internetMutations.downloadAbuseReport(),
    meta: { form: true },
  });
  const blob =
    report.data instanceof Blob || (report.data && 'size' in (report.data as object))
      ? (report.data as Blob)
      : null;
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const filename = abuseReportFileName(resource);
  return (
    <section aria-labelledby="abuse-report" className="space-y-3">
      <h2 id="abuse-report" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t.report}
      </h2>
      <p className="text-sm">
        <ExplorerLink endpoint={endpoint('abuse.report')} params={{ resource }} />
      </p>
      {!url && (
        <Button onClick={() => send(resource)} pending={report.isPending}>
          {t.getReport({ resource })}
        </Button>
      )}
      {report.isError && <ErrorPanel error={report.error} title={t.reportFailed} />}
      {report.isSuccess && !blob && (
        <EmptyState title={t.noReport}>{t.noReportText({ resource })}</EmptyState>
      )}
      {url && (
        <div className="space-y-3">
          <a
            href={url}
            download={filename}
            className="inline-flex items-center gap-2 rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          >
            {t.download({ filename })}
          </a>
          <iframe
            title={t.reportFrame({ resource })}
            src={url}
            className="h-[32rem] w-full rounded-lg border border-slate-200 dark:border-slate-700"
          />
        </div>
      )}
    </section>
  );
}
