import {
  CURRENT_ERROR_CODES,
  codeEdition,
  codeMeaning,
  OLDER_ERROR_CODES,
  STATUS_MEANINGS,
  statusMeaning,
  usualStatus,
} from '@/api/error-catalogue';
import { i18n } from '@/i18n';

export type Edition = 'current' | 'older' | 'both';

export interface CatalogueEntry {
  /** `404` or `invalid_input`: the catalogue page's `entry` search value and anchor. */
  key: string;
  kind: 'status' | 'code';
  edition: Edition;
  /** Read when shown: in the current language. */
  readonly meaning: string;
  /** What the console does when an answer carries it; read when shown, in the current language. */
  readonly handling: string;
  /** The status a "show me" injects (a code comes with its usual status). */
  status: number;
  code: string | null;
}

// The older edition's status table lacks 402, 422 and 429; the current one lists every status.
const OLDER_STATUSES = new Set([200, 400, 401, 403, 404, 405, 406, 409, 500, 503]);

const handlingMessages = i18n('errors/catalogue-entries', {
  ok: 'Shows the answer. Nothing else to do.',
  field:
    'Marks the field the answer names and keeps everything you typed; shows status, code, message and meaning above the submit button, whether or not a field was named. Never re-sent by itself.',
  reconnect:
    'Asks you to reconnect: the key is wrong, revoked or missing, so the console goes to the connect screen and says why. Never retried.',
  refused:
    'Shows the refusal with its reason and disables only what was refused (that path or method); everything else stays usable. Never retried.',
  notFound: 'Shows "not found" for that record with a way back to its list. Never retried.',
  conflict:
    'Shows the conflict and what it concerns; nothing is re-sent by itself. Reload the record and send again when the state allows it.',
  limit: 'Shows the error with its meaning; the action needs a larger product or balance. Never retried.',
  rateLimit:
    'Waits: the header banner counts down Retry-After (else the documented reset), submit buttons stay off until it is over, background reads pause. Nothing is sent during the wait.',
  serverRead:
    'A read is retried twice with growing pauses (never sooner than Retry-After); a write is never re-sent. If it still fails, the page shows the error with "Try again".',
  unsupported: 'Shows the error; the same request would fail again, so it is not retried.',
  current: 'Current edition',
  older: 'Older edition',
  both: 'Both editions',
});

type Handling =
  | 'ok'
  | 'field'
  | 'reconnect'
  | 'refused'
  | 'notFound'
  | 'conflict'
  | 'limit'
  | 'rateLimit'
  | 'serverRead'
  | 'unsupported';

const STATUS_HANDLING: Readonly<Record<number, Handling>> = {
  200: 'ok',
  400: 'field',
  401: 'reconnect',
  402: 'limit',
  403: 'refused',
  404: 'notFound',
  405: 'unsupported',
  406: 'unsupported',
  409: 'conflict',
  422: 'field',
  429: 'rateLimit',
  500: 'serverRead',
  503: 'serverRead',
};

/** The usual status of a documented code; failures of a backend job (DNS_*, SQL_*) are 500s. */
export function usualStatusOf(code: string): number {
  return usualStatus(code) ?? 500;
}

function codeHandling(code: string): Handling {
  if (code === 'conflict') return 'conflict';
  return STATUS_HANDLING[usualStatusOf(code)] ?? 'serverRead';
}

const statusEntries: CatalogueEntry[] = Object.entries(STATUS_MEANINGS).map(([text, meaning]) => {
  const status = Number(text);
  return {
    key: text,
    kind: 'status',
    edition: OLDER_STATUSES.has(status) ? 'both' : 'current',
    get meaning() {
      return statusMeaning(status) ?? meaning;
    },
    get handling() {
      return handlingMessages.get()[STATUS_HANDLING[status] ?? 'unsupported'];
    },
    status,
    code: null,
  };
});

const codeEntries = (codes: Record<string, string>): CatalogueEntry[] =>
  Object.entries(codes).map(([code, meaning]) => ({
    key: code,
    kind: 'code',
    edition: codeEdition(code) ?? 'current',
    get meaning() {
      return codeMeaning(code) ?? meaning;
    },
    get handling() {
      return handlingMessages.get()[codeHandling(code)];
    },
    status: usualStatusOf(code),
    code,
  }));

/** Every status and code of both editions, each once: statuses, then current codes, then older ones. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...statusEntries,
  ...codeEntries(CURRENT_ERROR_CODES),
  ...codeEntries(OLDER_ERROR_CODES),
];

/** An edition's label in the current language. */
export const editionLabel = (edition: Edition): string => handlingMessages.get()[edition];

export function findCatalogueEntry(key: string | number | null | undefined): CatalogueEntry | undefined {
  return key == null ? undefined : CATALOGUE.find((entry) => entry.key === String(key));
}
