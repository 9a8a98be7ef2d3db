import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { endpoint } from '@/api/catalogue';
import { ABUSE_RESOURCE_MESSAGE, abuseReportFileName, parseAbuseResource } from '@/api/domain/abuse-resource';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import { Button } from '../ui/button';
import { cardClass } from '../ui/class-names';
import { EmptyState, LoadingState } from '../ui/empty-state';
import { ErrorPanel } from '../ui/error-panel';
import { ExplorerLink } from '../ui/explorer-link';
import { LookupForm, type LookupParse, useLookup } from '../ui/lookup-form';
import { PageHeader } from '../ui/page-header';
import { INTERNET_CRUMB, InternetSectionNav } from './section-nav';

const KIND = { ip: 'IP address', prefix: 'prefix', asn: 'AS number' } as const;

const parseResource: LookupParse = (typed) => {
  const parsed = parseAbuseResource(typed);
  return parsed ? { value: parsed.value } : { error: ABUSE_RESOURCE_MESSAGE };
};

/** GET /v1/internet/abuse/{resource} and its PDF report; the resource lives in the URL. */
export function AbusePage({
  resource,
  onResourceChange,
}: {
  resource: string;
  onResourceChange: (resource: string) => void;
}) {
  const lookup = useLookup(resource, parseResource, onResourceChange);
  const parsed = resource ? parseAbuseResource(resource) : null;

  return (
    <>
      <PageHeader
        title="Abuse reports"
        description="What has been reported against an IP address, a prefix or an AS number."
        crumbs={[INTERNET_CRUMB]}
        explorer={<ExplorerLink endpoint={endpoint('abuse.list')} />}
      />
      <InternetSectionNav />
      <LookupForm
        {...lookup}
        formLabel="Look up abuse entries"
        submitLabel="Look up"
        label="Resource"
        hint="e.g. 193.33.95.20, 193.33.95.0/24 or AS64500"
        input={{ spellCheck: false, autoComplete: 'off' }}
      />
      {parsed ? (
        <AbuseResult key={parsed.value} resource={parsed.value} kind={KIND[parsed.kind]} />
      ) : resource ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          “{resource}”: {ABUSE_RESOURCE_MESSAGE}.
        </p>
      ) : null}
    </>
  );
}

function AbuseResult({ resource, kind }: { resource: string; kind: string }) {
  const entries = useQuery(internetQueries.abuse(resource));
  if (entries.isPending) return <LoadingState label={`Looking up ${resource}…`} />;
  if (entries.isError)
    return (
      <ErrorPanel
        error={entries.error}
        title={`Abuse entries for ${resource} could not be loaded`}
        onRetry={() => void entries.refetch()}
      />
    );
  return (
    <div className="space-y-6">
      {entries.data.length === 0 ? (
        // The documented answer `[]`.
        <EmptyState title={`Nothing reported for ${resource}`}>
          The API has no abuse entries for this {kind}.
        </EmptyState>
      ) : (
        <section aria-labelledby="abuse-entries" className="space-y-3">
          <h2 id="abuse-entries" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {entries.data.length} {entries.data.length === 1 ? 'entry' : 'entries'} for {resource}
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
  const text = (key: string) => (entry[key] == null ? '' : String(entry[key]));
  const open = text('status') === 'open';
  return (
    <li className={`${cardClass} p-3 text-sm`}>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold uppercase text-slate-900 dark:text-slate-50">
          {text('type') || 'Entry'}
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
          {[text('reported'), text('source') && `via ${text('source')}`].filter(Boolean).join(' · ')}
        </span>
      </p>
      {text('description') && (
        <p className="mt-1 text-slate-800 dark:text-slate-200">{text('description')}</p>
      )}
    </li>
  );
}

function AbuseReport({ resource }: { resource: string }) {
  const report = useMutation({ ...internetMutations.downloadAbuseReport(), meta: { form: true } });
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
        Report (PDF)
      </h2>
      <p className="text-sm">
        <ExplorerLink endpoint={endpoint('abuse.report')} />
      </p>
      {!url && (
        <Button onClick={() => report.mutate(resource)} pending={report.isPending}>
          Get the report for {resource}
        </Button>
      )}
      {report.isError && <ErrorPanel error={report.error} title="The report could not be fetched" />}
      {report.isSuccess && !blob && (
        <EmptyState title="No report">
          Nothing is reported for {resource}, so the API has no report (it answered `[]`).
        </EmptyState>
      )}
      {url && (
        <div className="space-y-3">
          <a
            href={url}
            download={filename}
            className="inline-flex items-center gap-2 rounded-md bg-teal-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
          >
            Download {filename}
          </a>
          <iframe
            title={`Abuse report for ${resource}`}
            src={url}
            className="h-[32rem] w-full rounded-lg border border-slate-200 dark:border-slate-700"
          />
        </div>
      )}
    </section>
  );
}
