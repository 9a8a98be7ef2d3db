import { useId, useRef, useState } from 'react';
import { isApiError } from '@/api/api-error';
import type { ApiCallEvent } from '@/api/call-events';
import { findEndpoint } from '@/api/catalogue';
import { callEndpointFull } from '@/api/client';
import { REDACTED } from '@/api/redaction';
import { findLoggedCall } from '@/api/request-log';
import { Button } from '@/features/ui/button';
import { cx } from '@/features/ui/class-names';
import { ErrorPanel } from '@/features/ui/error-panel';
import { HttpStatus } from '@/features/ui/http-status';
import { ScrollPre } from '@/features/ui/scroll-pre';
import { useSwapFocus } from '@/features/ui/use-swap-focus';
import { i18n, params, useMessages } from '@/i18n';
import { bodyText } from './call-format';
import { type DiffLine, diffLines } from './line-diff';

const messages = i18n('request-log/send-again', {
  now: 'now',
  compared: 'Compared with the logged answer',
  beforeAndNow: 'Before and now',
  status: 'Status',
  code: 'Code',
  time: 'Time',
  ms: params<{ ms: number }>('{ms} ms'),
  same: 'The response body is the same.',
  changed: params<{ removed: number; added: number }>(
    'Response body: {removed} lines only before (−), {added} only now (+).',
  ),
  bodies: 'Response body, before and now',
  notDocumented: 'Not a documented endpoint, so it cannot be sent again from here.',
  sendAgain: 'Send again',
  sendAgainMore: 'Send again once more',
  confirmTitle: params<{ method: string }>('Send this {method} again?'),
  bodyToSend: 'Body that will be sent',
  leftOut: 'Left out, because the log masked them and never kept them:',
  changesData: 'It changes data on the server, like the first time.',
  send: params<{ method: string }>('Send {method}'),
  cancel: 'Cancel',
  sent: params<{ status: string }>('Sent again: {status}.'),
  noAnswer: 'no answer',
  notSent: 'Not sent',
});

/** Masked secrets were never kept, so they cannot be sent again: their fields are left out. */
function sendableBody(body: unknown): { body: unknown; left: string[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { body, left: [] };
  const entries = Object.entries(body);
  return {
    body: Object.fromEntries(entries.filter(([, value]) => value !== REDACTED)),
    left: entries.filter(([, value]) => value === REDACTED).map(([name]) => name),
  };
}

type State =
  | { step: 'idle' }
  | { step: 'confirming' }
  | { step: 'sending' }
  | { step: 'answered'; call: ApiCallEvent }
  /** Refused before sending (e.g. the body no longer passes the rules), or lost. */
  | { step: 'failed'; error: unknown };

const markClass: Record<DiffLine['kind'], string> = {
  same: 'text-slate-700 dark:text-slate-300',
  removed: 'bg-red-100 text-red-950 dark:bg-red-950/70 dark:text-red-100',
  added: 'bg-green-100 text-green-950 dark:bg-green-950/70 dark:text-green-100',
};
const markSign: Record<DiffLine['kind'], string> = { same: ' ', removed: '-', added: '+' };

function Summary({
  label,
  before,
  after,
}: {
  label: string;
  before: React.ReactNode;
  after: React.ReactNode;
}) {
  const t = useMessages(messages);
  return (
    <>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1 text-slate-900 dark:text-slate-100">
        {before} <span aria-hidden="true">→</span>
        <span className="sr-only">{t.now}</span> {after}
      </dd>
    </>
  );
}

/** The logged answer beside the new one: status, code and time, then the bodies line by line. */
function Comparison({ before, after }: { before: ApiCallEvent; after: ApiCallEvent }) {
  const t = useMessages(messages);
  const diff = diffLines(bodyText(before.responseBody ?? ''), bodyText(after.responseBody ?? ''));
  const changed = diff.filter((d) => d.kind !== 'same').length;
  return (
    <section aria-label={t.compared} className="space-y-2">
      <h4 className="text-sm font-semibold text-slate-900 dark:text-slate-100">{t.beforeAndNow}</h4>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <Summary
          label={t.status}
          before={<HttpStatus status={before.status} />}
          after={<HttpStatus status={after.status} />}
        />
        <Summary
          label={t.code}
          before={<code>{before.code ?? '—'}</code>}
          after={<code>{after.code ?? '—'}</code>}
        />
        <Summary
          label={t.time}
          before={t.ms({ ms: before.durationMs })}
          after={t.ms({ ms: after.durationMs })}
        />
      </dl>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {changed === 0
          ? t.same
          : t.changed({
              removed: diff.filter((d) => d.kind === 'removed').length,
              added: diff.filter((d) => d.kind === 'added').length,
            })}
      </p>
      <ScrollPre label={t.bodies}>
        {diff.map((line, index) => (
          <span
            // Lines repeat; their place in the diff is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            className={cx('block', markClass[line.kind])}
            data-diff={line.kind}
          >
            {markSign[line.kind]} {line.text}
          </span>
        ))}
      </ScrollPre>
    </section>
  );
}

/**
 * "Send again": a GET goes at once; a write first shows what will be sent and asks. The new answer
 * is shown beside the logged one, differences marked; it is logged as a call of its own.
 */
export function SendAgain({ call }: { call: ApiCallEvent }) {
  const t = useMessages(messages);
  const [state, setState] = useState<State>({ step: 'idle' });
  // A write asks first, in the button's place: the keyboard goes to Cancel, and back after.
  const again = useRef<HTMLButtonElement>(null);
  const asking = useRef<HTMLElement>(null);
  useSwapFocus(state.step === 'confirming', asking, again);
  const previewId = useId();
  const endpoint = call.endpointId ? findEndpoint(call.endpointId) : undefined;
  if (!endpoint) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t.notDocumented}</p>;
  }
  const isWrite = endpoint.method !== 'GET';
  const { body, left } = sendableBody(call.requestBody);

  const send = async () => {
    setState({ step: 'sending' });
    try {
      const result = await callEndpointFull(endpoint, {
        params: call.params,
        ...(endpoint.body ? { body } : {}),
      });
      setState({ step: 'answered', call: result.event });
    } catch (error) {
      const logged = isApiError(error) && error.callId ? findLoggedCall(error.callId) : undefined;
      setState(logged ? { step: 'answered', call: logged } : { step: 'failed', error });
    }
  };

  return (
    <div className="space-y-3">
      {state.step !== 'confirming' && (
        <Button
          ref={again}
          size="sm"
          variant="primary"
          pending={state.step === 'sending'}
          onClick={() => (isWrite ? setState({ step: 'confirming' }) : send())}
        >
          {state.step === 'answered' || state.step === 'failed' ? t.sendAgainMore : t.sendAgain}
        </Button>
      )}
      {state.step === 'confirming' && (
        <section
          ref={asking}
          aria-labelledby={previewId}
          className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
        >
          <h4 id={previewId} className="font-semibold">
            {t.confirmTitle({ method: endpoint.method })}
          </h4>
          <p className="break-all font-mono text-xs">
            {endpoint.method} {call.path}
          </p>
          {endpoint.body && <ScrollPre label={t.bodyToSend}>{bodyText(body ?? {}) || '{}'}</ScrollPre>}
          {left.length > 0 && (
            <p>
              {t.leftOut} <strong>{left.join(', ')}</strong>.
            </p>
          )}
          <p>{t.changesData}</p>
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="primary" onClick={send}>
              {t.send({ method: endpoint.method })}
            </Button>
            <Button size="sm" data-autofocus onClick={() => setState({ step: 'idle' })}>
              {t.cancel}
            </Button>
          </div>
        </section>
      )}
      <p role="status" className="sr-only">
        {state.step === 'answered'
          ? t.sent({
              status: `${state.call.status ?? t.noAnswer}${state.call.code ? ` ${state.call.code}` : ''}`,
            })
          : ''}
      </p>
      {state.step === 'answered' && <Comparison before={call} after={state.call} />}
      {state.step === 'failed' && <ErrorPanel error={state.error} title={t.notSent} />}
    </div>
  );
}
