import { count, i18n, params, useMessages } from '@/i18n';
import type { AuditChange, AuditEntry } from './audit-entry';

const messages = i18n('audit/audit-entry-details', {
  recordAsItWas: count({
    one: 'Record as it was ({count} field)',
    other: 'Record as it was ({count} fields)',
  }),
  changed: count({ one: '{count} field changed', other: '{count} fields changed' }),
  sent: count({ one: '{count} field sent', other: '{count} fields sent' }),
  details: 'Details',
  noneChanged: 'No field changed',
  notKnown: 'not known',
  notSet: 'not set',
  becomes: 'becomes',
  oldUnknown: 'The console had not read this record before the change: old values are not known.',
  answer: 'Answer:',
  apiAnswer: "The API's answer",
  keySentAs: params<{ endpoint: string }>('({endpoint}), key sent as'),
});

type Messages = ReturnType<typeof messages.get>;

const muted = 'text-slate-600 dark:text-slate-400';
const answerClass =
  'max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-white p-2 font-mono text-xs text-slate-800 ' +
  'focus-visible:outline-2 focus-visible:outline-teal-600 dark:bg-slate-900 dark:text-slate-200';

function summaryOf(entry: AuditEntry, t: Messages): string {
  const n = entry.changes.length;
  if (entry.method === 'DELETE') return n > 0 ? t.recordAsItWas(n) : t.details;
  if (entry.method === 'PUT') return n > 0 ? t.changed(n) : t.noneChanged;
  return n > 0 ? t.sent(n) : t.details;
}

function Value({ text, unknown }: { text: string | null; unknown?: boolean }) {
  const t = useMessages(messages);
  if (text !== null) return <span className="break-all font-mono">{text}</span>;
  return <span className={muted}>{unknown ? t.notKnown : t.notSet}</span>;
}

function ChangeRow({ change, entry }: { change: AuditChange; entry: AuditEntry }) {
  const t = useMessages(messages);
  const oldUnknown = entry.method === 'PUT' && !entry.oldKnown;
  return (
    <div className="grid grid-cols-1 gap-x-3 py-1 sm:grid-cols-[9rem_1fr]">
      <dt className="font-medium text-slate-800 dark:text-slate-200">{change.field}</dt>
      <dd className="min-w-0">
        {entry.method === 'POST' ? (
          <Value text={change.new} />
        ) : entry.method === 'DELETE' ? (
          <Value text={change.old} />
        ) : (
          <>
            <Value text={change.old} unknown={oldUnknown} />
            <span aria-hidden="true" className="mx-1.5">
              →
            </span>
            <span className="sr-only"> {t.becomes} </span>
            <Value text={change.new} />
          </>
        )}
      </dd>
    </div>
  );
}

/** One write, expandable: old → new per field, then the outcome, the answer and how it was sent. */
export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  const t = useMessages(messages);
  const { outcome } = entry;
  return (
    <details className="group mt-1">
      <summary className="w-fit cursor-pointer rounded text-sm text-teal-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-teal-600 dark:text-teal-300">
        {summaryOf(entry, t)}
      </summary>
      <div className="mt-2 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-950">
        {entry.method === 'PUT' && !entry.oldKnown && <p className={muted}>{t.oldUnknown}</p>}
        {entry.changes.length > 0 && (
          <dl className="divide-y divide-slate-200 dark:divide-slate-800">
            {entry.changes.map((change) => (
              <ChangeRow key={change.field} change={change} entry={entry} />
            ))}
          </dl>
        )}
        {(outcome.status !== null || outcome.code || outcome.message) && (
          <p>
            <span className="font-medium text-slate-800 dark:text-slate-200">{t.answer} </span>
            {[outcome.status, outcome.code].filter((part) => part !== null && part !== '').join(' ')}
            {outcome.message && ` ${outcome.message}`}
          </p>
        )}
        {entry.answer && (
          <section aria-label={t.apiAnswer} className="min-w-0">
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable box must be reachable by keyboard */}
            <pre tabIndex={0} className={answerClass}>
              {entry.answer}
            </pre>
          </section>
        )}
        <p className={muted}>
          <span className="font-mono">
            {entry.method} {entry.path}
          </span>{' '}
          {t.keySentAs({ endpoint: entry.endpointId })} <span className="font-mono">{entry.key}</span>
        </p>
      </div>
    </details>
  );
}
