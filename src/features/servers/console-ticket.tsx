import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { serverMutations } from '@/api/queries/servers';
import { SendButton } from '@/features/forms/submit-button';
import { useApiAction } from '@/features/forms/use-api-action';
import { formatCountdown } from '@/features/rate-limit/format-duration';
import { ApiDateTime } from '@/features/ui/api-date-time';
import { CopyButton } from '@/features/ui/copy-button';
import { DetailSection } from '@/features/ui/detail-list';
import { ErrorPanel } from '@/features/ui/error-panel';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { parseApiDate } from '@/features/ui/format-api-date';
import { useMsUntil } from '@/features/ui/retry-countdown';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('servers/console-ticket', {
  title: 'Console',
  description: 'A ticket opens one console session (VNC) on this server. Each click asks for a new one.',
  get: 'Get a console ticket',
  yours: 'Your console ticket',
  copy: 'Copy ticket',
  validBefore: 'Valid for another',
  validAfter: '.',
  expired: 'This ticket has expired: get a new one.',
  stopped: 'The server is stopped',
  noTicket: 'No ticket',
  needsRunning:
    'A console needs a running server. Start the server (in the 4b42 portal; the API has no start call), then get a ticket again.',
});

const ticketEndpoint = endpoint('virtualServer.ticket');

/**
 * The ticket's shape is not documented: a bare string, or an object whose `ticket` (or `token`)
 * is the secret, maybe with `expires`. Whatever else comes is shown as it is.
 */
function readTicket(answer: unknown): { secret: string; expiresAt: number | null; rest: [string, string][] } {
  if (typeof answer === 'string') return { secret: answer, expiresAt: null, rest: [] };
  const record = (answer ?? {}) as Record<string, unknown>;
  const secret = String(record.ticket ?? record.token ?? JSON.stringify(record));
  const expiry = record.expires ?? record.expiry ?? record.valid_until;
  const parsed =
    // A plain "YYYY-MM-DD HH:MM:SS" is UTC, as every documented date (parseApiDate).
    typeof expiry === 'string'
      ? (parseApiDate(expiry)?.getTime() ?? Number.NaN)
      : typeof expiry === 'number'
        ? expiry * 1000
        : Number.NaN;
  const rest = Object.entries(record)
    .filter(([k]) => !['ticket', 'token'].includes(k))
    .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)] as [string, string]);
  return { secret, expiresAt: Number.isNaN(parsed) ? null : parsed, rest };
}

/** A value of the ticket: a date as every API date is shown (local, UTC beside), the rest as it came. */
function ticketValue(value: string) {
  return parseApiDate(value) ? <ApiDateTime value={value} /> : value;
}

/** GET …/virtual/{pid}/ticket (#27): single use, so fetched on a click and never cached. */
export function ConsoleTicket({ pid }: { pid: string }) {
  const t = useMessages(messages);
  const action = useApiAction(serverMutations.consoleTicket(pid), {
    endpoint: ticketEndpoint,
    params: { pid },
  });
  const ticket = action.data === undefined ? null : readTicket(action.data);
  const expiresAt = ticket?.expiresAt ?? null;
  const msLeft = useMsUntil(expiresAt);
  const secondsLeft = expiresAt === null ? null : Math.ceil(msLeft / 1000);
  const stopped = isApiError(action.error) && action.error.status === 409;

  return (
    <DetailSection id="console-ticket" title={t.title} description={t.description}>
      <div className="flex flex-wrap items-center gap-3">
        <SendButton pending={action.pending} onClick={() => action.run(undefined)}>
          {t.get}
        </SendButton>
        <ExplorerLink endpoint={ticketEndpoint} params={{ pid }} />
      </div>
      {ticket && (
        <div role="status" className="mt-4 space-y-2 text-sm">
          <p className="font-medium text-slate-900 dark:text-slate-100">{t.yours}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800">
              {ticket.secret}
            </code>
            <CopyButton text={ticket.secret} label={t.copy} />
          </div>
          {secondsLeft !== null &&
            (secondsLeft > 0 ? (
              <p>
                {t.validBefore} <span className="tabular-nums">{formatCountdown(secondsLeft * 1000)}</span>
                {t.validAfter}
              </p>
            ) : (
              <p className="text-amber-800 dark:text-amber-300">{t.expired}</p>
            ))}
          {ticket.rest.length > 0 && (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
              {ticket.rest.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="font-mono text-slate-600 dark:text-slate-400">{name}</dt>
                  <dd className="break-all font-mono">{ticketValue(value)}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      )}
      {action.error && (
        <ErrorPanel className="mt-4" error={action.error} title={stopped ? t.stopped : t.noTicket}>
          {stopped && <p className="mt-2">{t.needsRunning}</p>}
        </ErrorPanel>
      )}
    </DetailSection>
  );
}
