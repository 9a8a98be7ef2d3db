import { type FormEvent, useId, useRef, useState } from 'react';
import { codeMeaning, usualStatus } from '@/api/error-catalogue';
import { Button } from '@/features/ui/button';
import { cx, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { useRowRemovalFocus } from '@/features/ui/use-row-removal-focus';
import { i18n, params, useMessages } from '@/i18n';
import {
  cancelNextFault,
  clearEndpointFault,
  DEFAULT_RETRY_AFTER,
  type FaultKind,
  failEndpoint,
  failNextCall,
} from '@/mocks/demo-controls';
import {
  areaName,
  DOCUMENTED_CODES,
  DOCUMENTED_STATUSES,
  describeFault,
  ENDPOINT_GROUPS,
  endpointLabel,
} from './fault-options';
import { legendClass, PanelSection, radioClass } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const messages = i18n('demo/failure-section', {
  error: 'Error answer (status and code)',
  network: 'Network error (no answer)',
  html: 'HTML 502 page from a proxy',
  malformed: 'Malformed JSON (answer cut short)',
  slow: 'Slow answer (25 s: the console gives up after 20 s)',
  statusError: 'Enter a status from 400 to 599',
  secondsError: 'Enter whole seconds',
  codeError: 'Enter a code',
  everyArmed: params<{ where: string }>('Every call to {where} now fails until cleared.'),
  nextArmed: params<{ where: string }>('The next call to {where} fails.'),
  title: 'Make calls fail',
  description: 'Errors come after the key check; network and HTML faults before anything.',
  which: 'Which call',
  anyCall: 'The next call, whichever endpoint',
  howOften: 'How often',
  once: 'Once',
  every: 'Every call until cleared',
  everyHint: 'Choose an endpoint to fail every call to it.',
  kind: 'Kind of failure',
  afterWrite: 'After carrying the request out (the answer is lost, the write happened)',
  status: 'Status',
  code: 'Code',
  message: 'Message',
  messageHint: 'Empty: the code’s documented meaning.',
  field: 'Field name',
  fieldHint: 'The form field the error points at, e.g. vatid.',
  retryAfter: 'Retry-After in seconds',
  failEvery: 'Fail every call',
  failNext: 'Fail the next call',
  waiting: 'Waiting to strike',
  nextCall: params<{ where: string; what: string }>('Next call to {where}: {what}'),
  cancel: 'Cancel',
  everyCall: params<{ where: string; what: string }>('Every call to {where}: {what}'),
  clearOne: params<{ where: string }>('Clear the failure of {where}'),
  clear: 'Clear',
  cleared: 'No failures waiting.',
  clearAll: 'Clear all failures',
});

const KINDS: readonly FaultKind[] = ['error', 'network', 'html', 'malformed', 'slow'];

const ANY = '';

const ITEM_CLASS = 'flex items-start justify-between gap-2 rounded-md px-2 py-1.5';

interface Draft {
  target: string;
  every: boolean;
  kind: FaultKind;
  status: string;
  code: string;
  message: string;
  field: string;
  retryAfter: string;
  afterWrite: boolean;
}

const INITIAL: Draft = {
  target: ANY,
  every: false,
  kind: 'error',
  status: '500',
  code: 'server_error',
  message: '',
  field: '',
  retryAfter: String(DEFAULT_RETRY_AFTER),
  afterWrite: false,
};

function statusError(draft: Draft): string | undefined {
  const status = Number(draft.status);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? undefined : messages.get().statusError;
}

function retryAfterError(draft: Draft): string | undefined {
  const seconds = Number(draft.retryAfter);
  return Number.isInteger(seconds) && seconds >= 0 && seconds <= 86_400
    ? undefined
    : messages.get().secondsError;
}

export function FailureSection({ announce }: { announce: (message: string) => void }) {
  const t = useMessages(messages);
  const { faults } = useDemoSnapshot();
  const [draft, setDraft] = useState<Draft>(INITIAL);
  const [submitted, setSubmitted] = useState(false);
  const ids = { codes: useId(), statuses: useId() };
  // Cancelling or clearing an armed failure takes its row: the keyboard goes to the next one's
  // button, or to the button that arms one when none is left.
  const armedList = useRef<HTMLUListElement>(null);
  const armButton = useRef<HTMLButtonElement>(null);
  const removes = useRowRemovalFocus(armedList, armButton);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const isError = draft.kind === 'error';
  // A 429 or a 503 may carry Retry-After.
  const asksForWait = isError && ['429', '503'].includes(draft.status.trim());
  const errors = {
    status: isError ? statusError(draft) : undefined,
    code: isError && draft.code.trim() === '' ? t.codeError : undefined,
    retryAfter: asksForWait ? retryAfterError(draft) : undefined,
  };
  const show = (error: string | undefined) => (submitted ? error : undefined);
  const standing = Object.entries(faults.endpoints);

  function arm(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const fault = {
      kind: draft.kind,
      status: draft.kind === 'error' ? Number(draft.status) : 502,
      code: draft.code,
      message: draft.message,
      field: draft.field,
      ...(asksForWait ? { retryAfter: Number(draft.retryAfter) } : {}),
      afterWrite: draft.afterWrite,
    };
    const where = endpointLabel(draft.target || null);
    if (draft.every && draft.target) {
      failEndpoint(draft.target, fault);
      announce(t.everyArmed({ where }));
    } else {
      failNextCall({ ...fault, endpointId: draft.target || null });
      announce(t.nextArmed({ where }));
    }
    setSubmitted(false);
  }

  return (
    <PanelSection title={t.title} description={t.description}>
      <form onSubmit={arm} noValidate className="space-y-3">
        <Field label={t.which}>
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={draft.target}
              onChange={(event) =>
                update({ target: event.target.value, every: event.target.value ? draft.every : false })
              }
            >
              <option value={ANY}>{t.anyCall}</option>
              {ENDPOINT_GROUPS.map((group) => (
                <optgroup key={group.area} label={areaName(group.area)}>
                  {group.endpoints.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>

        <fieldset>
          <legend className={legendClass}>{t.howOften}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="demo-fault-every"
                className={radioClass}
                checked={!draft.every}
                onChange={() => update({ every: false })}
              />
              {t.once}
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="demo-fault-every"
                className={radioClass}
                checked={draft.every}
                disabled={!draft.target}
                aria-describedby={draft.target ? undefined : `${ids.codes}-every-hint`}
                onChange={() => update({ every: true })}
              />
              {t.every}
            </label>
          </div>
          {!draft.target && (
            <p id={`${ids.codes}-every-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {t.everyHint}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend className={legendClass}>{t.kind}</legend>
          <div className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
            {KINDS.map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="demo-fault-kind"
                  className={radioClass}
                  checked={draft.kind === kind}
                  onChange={() => update({ kind })}
                />
                {t[kind]}
              </label>
            ))}
          </div>
          <label className="mt-2 flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input
              type="checkbox"
              className={radioClass}
              checked={draft.afterWrite}
              onChange={(event) => update({ afterWrite: event.target.checked })}
            />
            <span>{t.afterWrite}</span>
          </label>
        </fieldset>

        {isError && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label={t.status} error={show(errors.status)}>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  list={ids.statuses}
                  className={inputClass}
                  value={draft.status}
                  onChange={(event) => update({ status: event.target.value })}
                />
              )}
            </Field>
            <Field label={t.code} error={show(errors.code)} hint={codeMeaning(draft.code.trim())}>
              {(control) => (
                <input
                  {...control}
                  list={ids.codes}
                  autoCapitalize="off"
                  autoComplete="off"
                  spellCheck={false}
                  className={inputClass}
                  value={draft.code}
                  onChange={(event) => {
                    const code = event.target.value;
                    const status = usualStatus(code);
                    update(status ? { code, status: String(status) } : { code });
                  }}
                />
              )}
            </Field>
            <Field label={t.message} optional hint={t.messageHint} className="sm:col-span-2">
              {(control) => (
                <input
                  {...control}
                  className={inputClass}
                  value={draft.message}
                  onChange={(event) => update({ message: event.target.value })}
                />
              )}
            </Field>
            <Field label={t.field} optional hint={t.fieldHint}>
              {(control) => (
                <input
                  {...control}
                  autoCapitalize="off"
                  spellCheck={false}
                  className={inputClass}
                  value={draft.field}
                  onChange={(event) => update({ field: event.target.value })}
                />
              )}
            </Field>
            {asksForWait && (
              <Field label={t.retryAfter} error={show(errors.retryAfter)}>
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    className={inputClass}
                    value={draft.retryAfter}
                    onChange={(event) => update({ retryAfter: event.target.value })}
                  />
                )}
              </Field>
            )}
            <datalist id={ids.codes}>
              {DOCUMENTED_CODES.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
            <datalist id={ids.statuses}>
              {DOCUMENTED_STATUSES.map((status) => (
                <option key={status} value={status} />
              ))}
            </datalist>
          </div>
        )}

        {/* The shared primary button is 3.7:1 in dark mode (teal-600 on white text): darker here. */}
        <Button
          ref={armButton}
          type="submit"
          variant="primary"
          size="sm"
          className="dark:bg-teal-700! dark:hover:bg-teal-800!"
        >
          {draft.every && draft.target ? t.failEvery : t.failNext}
        </Button>
      </form>

      {(faults.next || standing.length > 0) && (
        <div>
          <h4 className="text-sm font-medium text-slate-800 dark:text-slate-200">{t.waiting}</h4>
          <ul ref={armedList} className="mt-1 space-y-1 text-sm">
            {faults.next && (
              <li
                className={cx(
                  ITEM_CLASS,
                  'bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
                )}
              >
                <span className="min-w-0 break-words">
                  {t.nextCall({
                    where: endpointLabel(faults.next.endpointId),
                    what: describeFault(faults.next),
                  })}
                </span>
                <Button size="sm" variant="ghost" {...removes(() => cancelNextFault())}>
                  {t.cancel}
                </Button>
              </li>
            )}
            {standing.map(([id, fault]) => (
              <li
                key={id}
                className={cx(ITEM_CLASS, 'bg-red-50 text-red-950 dark:bg-red-950/50 dark:text-red-100')}
              >
                <span className="min-w-0 break-words">
                  {t.everyCall({ where: endpointLabel(id), what: describeFault(fault) })}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t.clearOne({ where: endpointLabel(id) })}
                  {...removes(() => clearEndpointFault(id))}
                >
                  {t.clear}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            variant="ghost"
            className="mt-1"
            {...removes(() => {
              cancelNextFault();
              for (const [id] of standing) clearEndpointFault(id);
              announce(t.cleared);
            })}
          >
            {t.clearAll}
          </Button>
        </div>
      )}
    </PanelSection>
  );
}
