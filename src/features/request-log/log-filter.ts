import type { ApiCallEvent } from '@/api/call-events';
import { findEndpoint } from '@/api/catalogue';
import type { Area } from '@/api/endpoint';
import { haystackOf, matchesAll, queryTerms } from '@/features/lists/text-match';
import { i18n } from '@/i18n';
import { initiatorText, isFailure } from './call-format';

export type StatusClass = 'any' | 'failures' | '2xx' | '4xx' | '5xx' | 'none';

export const STATUS_CLASSES: readonly StatusClass[] = ['any', 'failures', '2xx', '4xx', '5xx', 'none'];

/** Each status class's name in the filter menu. */
export const statusMessages = i18n('request-log/log-filter', {
  any: 'Any status',
  failures: 'Failures only',
  '2xx': '2xx success',
  '4xx': '4xx client error',
  '5xx': '5xx server error',
  none: 'No answer',
});

export interface LogFilters {
  status: StatusClass;
  /** '' for any. */
  area: Area | '';
  endpoint: string;
  code: string;
  text: string;
}

export const NO_FILTERS: LogFilters = { status: 'any', area: '', endpoint: '', code: '', text: '' };

export const isFiltered = (filters: LogFilters) =>
  filters.status !== 'any' || !!filters.area || !!filters.endpoint || !!filters.code || !!filters.text.trim();

function statusMatches(call: ApiCallEvent, status: StatusClass): boolean {
  switch (status) {
    case 'any':
      return true;
    case 'failures':
      return isFailure(call);
    case 'none':
      return call.status === null;
    default:
      return call.status !== null && String(call.status)[0] === status[0];
  }
}

/**
 * The error code a row is filed under: the API's code, else the kind of failure (`network`). An
 * HTTP error without a code (a proxy's HTML 502) has none: `http` is the console's word, not the API's.
 */
export const codeOf = (call: ApiCallEvent): string | null =>
  call.code ?? (call.ok || call.errorKind === 'http' ? null : call.errorKind);

const areaOf = (call: ApiCallEvent): Area | undefined =>
  call.endpointId ? findEndpoint(call.endpointId)?.area : undefined;

/** What free text looks in: the request line, status, code, initiator, message, meaning and both bodies. */
function haystack(call: ApiCallEvent): string {
  const body = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
  return haystackOf([
    `${call.method} ${call.path}`,
    // The English words too, so a search typed in either finds it.
    call.status === null ? `no answer ${statusMessages.get().none}` : String(call.status),
    call.code,
    call.errorKind,
    // "preload" finds the calls made ahead of a click, in the English word too.
    call.initiator,
    initiatorText(call)?.name,
    call.message,
    call.meaning,
    call.endpointId,
    body(call.requestBody).slice(0, 20_000),
    body(call.responseBody).slice(0, 20_000),
  ]);
}

export function filterCalls(calls: readonly ApiCallEvent[], filters: LogFilters): ApiCallEvent[] {
  const terms = queryTerms(filters.text);
  return calls.filter(
    (call) =>
      statusMatches(call, filters.status) &&
      (!filters.area || areaOf(call) === filters.area) &&
      (!filters.endpoint || call.endpointId === filters.endpoint) &&
      (!filters.code || codeOf(call) === filters.code) &&
      (terms.length === 0 || matchesAll(haystack(call), terms)),
  );
}

/** The endpoints and codes present in the log, for the filter menus (nothing that would find none). */
export function filterChoices(calls: readonly ApiCallEvent[]) {
  const endpoints = new Map<string, string>();
  const codes = new Set<string>();
  const areas = new Set<Area>();
  for (const call of calls) {
    if (call.endpointId) {
      const found = findEndpoint(call.endpointId);
      endpoints.set(call.endpointId, found ? `${found.method} ${found.path}` : call.endpointId);
      if (found) areas.add(found.area);
    }
    const code = codeOf(call);
    if (code) codes.add(code);
  }
  return {
    areas: [...areas].sort(),
    endpoints: [...endpoints]
      .map(([id, label]) => ({ id, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    codes: [...codes].sort(),
  };
}
