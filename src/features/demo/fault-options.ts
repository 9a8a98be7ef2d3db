import { ENDPOINTS } from '@/api/catalogue';
import { AREAS, type Area } from '@/api/endpoint';
import { ERROR_CODES, STATUS_MEANINGS } from '@/api/error-catalogue';
import { i18n, params } from '@/i18n';
import type { Fault } from '@/mocks/demo-controls';

const messages = i18n('demo/fault-options', {
  customers: 'Customers',
  directory: 'Users, groups and UPN suffixes',
  dns: 'DNS zones',
  internet: 'Internet resources',
  servers: 'Servers',
  tools: 'Tools',
  anyEndpoint: 'any endpoint',
  afterWrite: ' after carrying it out',
  network: 'network error (no answer)',
  html: 'HTML 502 page from a proxy',
  malformed: 'malformed JSON',
  slow: params<{ seconds: number }>('answer {seconds} s late'),
  onField: params<{ field: string }>(' on {field}'),
});

/** Every documented code, current edition first: the code field suggests them, free text is allowed. */
export const DOCUMENTED_CODES = Object.keys(ERROR_CODES);

export const DOCUMENTED_STATUSES = Object.keys(STATUS_MEANINGS)
  .map(Number)
  .filter((status) => status >= 400);

/** Endpoints grouped by area, for the target select; `areaName` gives a group's heading. */
export const ENDPOINT_GROUPS = (Object.keys(AREAS) as Area[]).map((area) => ({
  area,
  endpoints: ENDPOINTS.filter((e) => e.area === area).map((e) => ({
    id: e.id,
    label: `${e.method} ${e.path}`,
  })),
}));

/** An area's name in the current language. */
export function areaName(area: Area): string {
  return messages.get()[area];
}

export function endpointLabel(id: string | null): string {
  if (!id) return messages.get().anyEndpoint;
  const found = ENDPOINTS.find((e) => e.id === id);
  return found ? `${found.method} ${found.path}` : id;
}

export function describeFault(fault: Fault): string {
  const t = messages.get();
  const after = fault.afterWrite ? t.afterWrite : '';
  if (fault.kind === 'network') return `${t.network}${after}`;
  if (fault.kind === 'html') return `${t.html}${after}`;
  if (fault.kind === 'malformed') return `${t.malformed}${after}`;
  if (fault.kind === 'slow')
    return `${t.slow({ seconds: Math.round((fault.delayMs ?? 25_000) / 1000) })}${after}`;
  const extra = fault.field ? t.onField({ field: fault.field }) : '';
  const retry =
    (fault.status === 429 || fault.status === 503) && fault.retryAfter !== undefined
      ? `, Retry-After ${fault.retryAfter} s`
      : '';
  return `${fault.status} ${fault.code}${extra}${retry}${after}`;
}
