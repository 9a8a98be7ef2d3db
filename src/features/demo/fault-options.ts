import { ENDPOINTS } from '@/api/catalogue';
import { AREAS, type Area } from '@/api/endpoint';
import { ERROR_CODES, STATUS_MEANINGS } from '@/api/error-catalogue';
import type { Fault } from '@/mocks/demo-controls';

/** Every documented code, current edition first: the code field suggests them, free text is allowed. */
export const DOCUMENTED_CODES = Object.keys(ERROR_CODES);

export const DOCUMENTED_STATUSES = Object.keys(STATUS_MEANINGS)
  .map(Number)
  .filter((status) => status >= 400);

/** Endpoints grouped by area, for the target select. */
export const ENDPOINT_GROUPS = (Object.keys(AREAS) as Area[]).map((area) => ({
  area,
  label: AREAS[area],
  endpoints: ENDPOINTS.filter((e) => e.area === area).map((e) => ({
    id: e.id,
    label: `${e.method} ${e.path}`,
  })),
}));

export function endpointLabel(id: string | null): string {
  if (!id) return 'any endpoint';
  const found = ENDPOINTS.find((e) => e.id === id);
  return found ? `${found.method} ${found.path}` : id;
}

export function describeFault(fault: Fault): string {
  const after = fault.afterWrite ? ' after carrying it out' : '';
  if (fault.kind === 'network') return `network error (no answer)${after}`;
  if (fault.kind === 'html') return `HTML 502 page from a proxy${after}`;
  if (fault.kind === 'malformed') return `malformed JSON${after}`;
  if (fault.kind === 'slow') return `answer ${Math.round((fault.delayMs ?? 25_000) / 1000)} s late${after}`;
  const extra = fault.field ? ` on ${fault.field}` : '';
  const retry =
    (fault.status === 429 || fault.status === 503) && fault.retryAfter !== undefined
      ? `, Retry-After ${fault.retryAfter} s`
      : '';
  return `${fault.status} ${fault.code}${extra}${retry}${after}`;
}
