import { ENDPOINTS } from '@/api/catalogue';
import { AREAS, type Area } from '@/api/endpoint';
import { ERROR_CODES, STATUS_MEANINGS } from '@/api/error-catalogue';
import type { Fault } from '@/mocks/demo-controls';

/** Every documented code, current edition first: the code field suggests them, free text is allowed. */
export const DOCUMENTED_CODES = Object.keys(ERROR_CODES);

export const DOCUMENTED_STATUSES = Object.keys(STATUS_MEANINGS)
  .map(Number)
  .filter((status) => status >= 400);

/** The status a code usually comes with, so picking a code fills in a plausible status. */
const USUAL_STATUS: Readonly<Record<string, number>> = {
  conflict: 409,
  forbidden: 403,
  invalid_input: 422,
  json_error: 400,
  locked: 409,
  maintenance: 503,
  not_found: 404,
  protected: 409,
  rate_limit_exceeded: 429,
  resource_limit_exceeded: 402,
  resource_unavailable: 503,
  require_error: 400,
  server_error: 500,
  service_error: 502,
  unauthorized: 401,
  unavailable: 503,
  uniqueness_error: 409,
  unsupported_error: 405,
  AUTH_REQUIRED: 401,
  CONNCECTION_FAILED: 404,
  FIELDS_EMPTY: 400,
  GROUP_DOES_NOT_EXIST: 404,
  INVALID_APIKEY: 401,
  INVALID_AUTH: 401,
  INVALID_CUSTOMER_NUMBER: 400,
  INVALID_EMAIL: 400,
  INVALID_FQDN: 400,
  INVALID_ID: 400,
  INVALID_PARAMETER: 400,
  INVALID_USER_OR_PASS: 401,
  METHOD_RESTRICTED: 403,
  ORDERING_NOT_ENABLED: 403,
  PATH_RESTRICTED: 403,
  PERMISSION_DENIED: 403,
  RESELLER_REQUIRED: 403,
  UPN_ALREADY_EXIST: 409,
  USER_DOES_NOT_EXIST: 404,
  ZONE_ALREADY_IN_USE: 409,
};

export function usualStatus(code: string): number | undefined {
  return USUAL_STATUS[code.trim()];
}

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
  if (fault.kind === 'network') return 'network error (no answer)';
  if (fault.kind === 'html') return 'HTML 502 page from a proxy';
  const extra = fault.field ? ` on ${fault.field}` : '';
  const retry =
    fault.status === 429 && fault.retryAfter !== undefined ? `, Retry-After ${fault.retryAfter} s` : '';
  return `${fault.status} ${fault.code}${extra}${retry}`;
}
