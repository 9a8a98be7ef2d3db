import { type FormEvent, useId, useState } from 'react';
import { codeMeaning, usualStatus } from '@/api/error-catalogue';
import {
  cancelNextFault,
  clearEndpointFault,
  DEFAULT_RETRY_AFTER,
  type FaultKind,
  failEndpoint,
  failNextCall,
} from '@/mocks/demo-controls';
import { Button } from '../ui/button';
import { cx, inputClass } from '../ui/class-names';
import { Field } from '../ui/field';
import {
  DOCUMENTED_CODES,
  DOCUMENTED_STATUSES,
  describeFault,
  ENDPOINT_GROUPS,
  endpointLabel,
} from './fault-options';
import { legendClass, PanelSection, radioClass } from './panel-section';
import { useDemoSnapshot } from './use-demo-snapshot';

const KINDS: ReadonlyArray<{ value: FaultKind; label: string }> = [
  { value: 'error', label: 'Error answer (status and code)' },
  { value: 'network', label: 'Network error (no answer)' },
  { value: 'html', label: 'HTML 502 page from a proxy' },
  { value: 'malformed', label: 'Malformed JSON (answer cut short)' },
  { value: 'slow', label: 'Slow answer (25 s: the console gives up after 20 s)' },
];

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
  return Number.isInteger(status) && status >= 400 && status <= 599
    ? undefined
    : 'Enter a status from 400 to 599';
}

function retryAfterError(draft: Draft): string | undefined {
  const seconds = Number(draft.retryAfter);
  return Number.isInteger(seconds) && seconds >= 0 && seconds <= 86_400 ? undefined : 'Enter whole seconds';
}

export function FailureSection({ announce }: { announce: (message: string) => void }) {
  const { faults } = useDemoSnapshot();
  const [draft, setDraft] = useState<Draft>(INITIAL);
  const [submitted, setSubmitted] = useState(false);
  const ids = { codes: useId(), statuses: useId() };
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const isError = draft.kind === 'error';
  const is429 = isError && ['429', '503'].includes(draft.status.trim());
  const errors = {
    status: isError ? statusError(draft) : undefined,
    code: isError && draft.code.trim() === '' ? 'Enter a code' : undefined,
    retryAfter: is429 ? retryAfterError(draft) : undefined,
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
      ...(is429 ? { retryAfter: Number(draft.retryAfter) } : {}),
      afterWrite: draft.afterWrite,
    };
    const where = endpointLabel(draft.target || null);
    if (draft.every && draft.target) {
      failEndpoint(draft.target, fault);
      announce(`Every call to ${where} now fails until cleared.`);
    } else {
      failNextCall({ ...fault, endpointId: draft.target || null });
      announce(`The next call to ${where} fails.`);
    }
    setSubmitted(false);
  }

  return (
    <PanelSection
      title="Make calls fail"
      description="Errors come after the key check; network and HTML faults before anything."
    >
      <form onSubmit={arm} noValidate className="space-y-3">
        <Field label="Which call">
          {(control) => (
            <select
              {...control}
              className={inputClass}
              value={draft.target}
              onChange={(event) =>
                update({ target: event.target.value, every: event.target.value ? draft.every : false })
              }
            >
              <option value={ANY}>The next call, whichever endpoint</option>
              {ENDPOINT_GROUPS.map((group) => (
                <optgroup key={group.area} label={group.label}>
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
          <legend className={legendClass}>How often</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800 dark:text-slate-200">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="demo-fault-every"
                className={radioClass}
                checked={!draft.every}
                onChange={() => update({ every: false })}
              />
              Once
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
              Every call until cleared
            </label>
          </div>
          {!draft.target && (
            <p id={`${ids.codes}-every-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              Choose an endpoint to fail every call to it.
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend className={legendClass}>Kind of failure</legend>
          <div className="space-y-1 text-sm text-slate-800 dark:text-slate-200">
            {KINDS.map((kind) => (
              <label key={kind.value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="demo-fault-kind"
                  className={radioClass}
                  checked={draft.kind === kind.value}
                  onChange={() => update({ kind: kind.value })}
                />
                {kind.label}
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
            <span>After carrying the request out (the answer is lost, the write happened)</span>
          </label>
        </fieldset>

        {isError && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <Field label="Status" error={show(errors.status)}>
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
            <Field label="Code" error={show(errors.code)} hint={codeMeaning(draft.code.trim())}>
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
            <Field
              label="Message"
              optional
              hint="Empty: the code’s documented meaning."
              className="sm:col-span-2"
            >
              {(control) => (
                <input
                  {...control}
                  className={inputClass}
                  value={draft.message}
                  onChange={(event) => update({ message: event.target.value })}
                />
              )}
            </Field>
            <Field label="Field name" optional hint="The form field the error points at, e.g. vatid.">
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
            {is429 && (
              <Field label="Retry-After in seconds" error={show(errors.retryAfter)}>
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
          type="submit"
          variant="primary"
          size="sm"
          className="dark:bg-teal-700! dark:hover:bg-teal-800!"
        >
          {draft.every && draft.target ? 'Fail every call' : 'Fail the next call'}
        </Button>
      </form>

      {(faults.next || standing.length > 0) && (
        <div>
          <h4 className="text-sm font-medium text-slate-800 dark:text-slate-200">Waiting to strike</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {faults.next && (
              <li
                className={cx(
                  ITEM_CLASS,
                  'bg-amber-50 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100',
                )}
              >
                <span className="min-w-0 break-words">
                  Next call to {endpointLabel(faults.next.endpointId)}: {describeFault(faults.next)}
                </span>
                <Button size="sm" variant="ghost" onClick={() => cancelNextFault()}>
                  Cancel
                </Button>
              </li>
            )}
            {standing.map(([id, fault]) => (
              <li
                key={id}
                className={cx(ITEM_CLASS, 'bg-red-50 text-red-950 dark:bg-red-950/50 dark:text-red-100')}
              >
                <span className="min-w-0 break-words">
                  Every call to {endpointLabel(id)}: {describeFault(fault)}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Clear the failure of ${endpointLabel(id)}`}
                  onClick={() => clearEndpointFault(id)}
                >
                  Clear
                </Button>
              </li>
            ))}
          </ul>
          <Button
            size="sm"
            variant="ghost"
            className="mt-1"
            onClick={() => {
              cancelNextFault();
              for (const [id] of standing) clearEndpointFault(id);
              announce('No failures waiting.');
            }}
          >
            Clear all failures
          </Button>
        </div>
      )}
    </PanelSection>
  );
}
