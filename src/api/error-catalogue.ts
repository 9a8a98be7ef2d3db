import { i18n } from '@/i18n';

/**
 * Every status and error code of both editions of the API documentation, with the documented
 * meaning, verbatim (typos included: they are the API's words). The simulated API and the
 * OpenAPI document use these; the console explains with `statusMeaning`/`codeMeaning`, translated.
 */
export const STATUS_MEANINGS: Readonly<Record<number, string>> = {
  200: 'OK - Request successful executed.',
  400: 'Bad request - The request contains errors.',
  401: 'Unauthorized - The authentication process failed, or the access token is not valid.',
  402: 'Payment Required - You do not have enough balance to complete this transaction.',
  403: 'Forbidden - Access to this resource is restricted for the given caller.',
  404: 'Not Found - The specified resource could not be found.',
  405: 'Method Not Allowed - An invalid method was used to access a resource.',
  406: 'Not Acceptable - An unsupported format was requested.',
  409: 'Conflict - The requested operation on the resource cannot be made due the resource state.',
  422: 'Unprocessable Entity - Action could not be processed properly due to invalid data provided',
  429: 'Too Many Requests - Server received too many requests in a given amount of time.',
  500: 'Internal Server Error - There was a problem with the API host server. Try again later.',
  503: 'Service Unavailable - API is temporarily offline for maintenance. Try again later.',
};

/** Current edition: lowercase codes. */
export const CURRENT_ERROR_CODES = {
  conflict: 'The resource has changed during the request, please retry',
  forbidden: 'Insufficient permissions for this request',
  invalid_input: 'Error while parsing or processing the input',
  json_error: 'Invalid JSON input in your request',
  locked: 'The item you are trying to access is locked, because there is already an Action running',
  maintenance: 'Cannot perform operation due to maintenance work',
  not_found: 'Entity not found',
  protected: 'The Action you are trying to start is protected for this resource',
  rate_limit_exceeded: 'Error when sending too many requests',
  resource_limit_exceeded: 'Error when exceeding the maximum quantity of a resource for an account',
  resource_unavailable: 'The requested resource is currently unavailable',
  require_error: 'One or more of the object fields are required.',
  server_error: 'Error within the API backend',
  service_error: 'Error within a service',
  unauthorized: 'Request was made with an invalid or unknown token',
  unavailable: 'A service or product is currently not available',
  uniqueness_error: 'One or more of the objects fields must be unique',
  unsupported_error: 'The corresponding resource does not support the Action',
} as const;

/** Older edition: uppercase codes. */
export const OLDER_ERROR_CODES = {
  AUTH_REQUIRED: 'Authentication required, please authenticate with apikey or username or password.',
  CONNCECTION_FAILED: 'Connection to destination failed.',
  CUSTOMER_CREATE_FAILED: 'Failed to create customer',
  DNS_CONFIG_CREATE_FAILED: 'Failed to create dns configuration file.',
  DNS_RECORD_ALREADY_EXIST: 'DNS Deamon reload failed!',
  DNS_RELOAD_FAILED: 'DNS Deamon reload failed!',
  DNS_SYNC_CREATE_FAILED: 'Failed to synchronize dns zonefile with slave servers.',
  DNS_SYNC_DELETE_FAILED: 'Failed to synchronize dns zonefile with slave servers.',
  DNS_ZONE_CREATE_FAILED: 'Failed to create dns zonefile, please contact our support.',
  DNS_ZONE_DELETE_FAILED: 'Failed to delete dns zonefile.',
  DNS_ZONE_REMOVE_FAILED: 'Failed to remove zonefile or signed zonefiles, please contact our support.',
  DNS_ZONE_SIGN_FAILED: 'Failed to sign dns zonefile, dnssec not enabled.',
  FEATURE_LIMIT_REACHED: 'You reached the limit of your product feature, please upgrade your product.',
  FIELDS_EMPTY: 'All fields are empty, you must complete at least one field.',
  GROUP_DOES_NOT_EXIST: 'Requested group does not exist, please verify your input.',
  INVALID_AUTH:
    'No apikey or username and password used in the header. Please verify your submitted headers.',
  INVALID_APIKEY:
    'The apikey sent in the header is wrong or inactive. Please make sure your apikey are correct.',
  INVALID_CUSTOMER_NUMBER: 'The customer number is invalid (only numbers with 8 digits) or does not exist.',
  INVALID_EMAIL: 'Invaild E-Mail Address specified, please verify submitted domain name.',
  INVALID_FQDN: 'Invaild FQDN, please verify submitted domain name.',
  INVALID_ID: 'Invaild ID, please verify submitted id.',
  INVALID_PARAMETER: 'Parameter is empty or invalid.',
  INVALID_URL: 'URL is incorret or was not found.',
  INVALID_USER_OR_PASS: 'Username or password are incorrect, please verify your username and password.',
  METHOD_RESTRICTED: 'You do not have permission to use this method using the token that you supplied.',
  NETWORK_CREATE_FAILED: 'Failed to create network',
  NETWORK_DELETE_FAILED: 'Failed to remove network from server, please try again later.',
  ORDERING_NOT_ENABLED:
    'In order to use our API for orders, please activate this function first via our website under access.',
  PATH_RESTRICTED: 'You do not have permission to use this path using the token that you supplied.',
  PERMISSION_DENIED: "You doesn't have permission to access the desired data.",
  RESELLER_REQUIRED: 'Permissson denied, you have to be a member of a reseller group.',
  SQL_INSERT_ERROR: 'SQL Insert Query failed, please contact our support team',
  SQL_UPDATE_ERROR: 'SQL Update Query failed.',
  SQL_DELETE_ERROR: 'SQL Delete Query failed.',
  UPN_ALREADY_EXIST: 'UPN-Suffix already exist.',
  UPN_CONFIG_FAILED: 'UPN-Suffix configuration could not be saved, please contact our support team.',
  USER_DOES_NOT_EXIST: 'Requested user does not exist, please verify your input.',
  ZONE_ALREADY_IN_USE: 'This zonename is already in use.',
} as const;

export type CurrentErrorCode = keyof typeof CURRENT_ERROR_CODES;
export type OlderErrorCode = keyof typeof OLDER_ERROR_CODES;
export type ErrorCode = CurrentErrorCode | OlderErrorCode;

export const ERROR_CODES: Readonly<Record<ErrorCode, string>> = {
  ...CURRENT_ERROR_CODES,
  ...OLDER_ERROR_CODES,
};

/**
 * The documented meanings as the console explains them, in the current language: `s404` for a
 * status, the code's own name for a code. The English is the docs' own text.
 */
const meanings = i18n('api/error-catalogue', {
  ...Object.fromEntries(Object.entries(STATUS_MEANINGS).map(([status, text]) => [`s${status}`, text])),
  ...ERROR_CODES,
} as Record<string, string>);

export function isDocumentedCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** The documented meaning of a code, as the console explains it in the current language. */
export function codeMeaning(code: string | null | undefined): string | undefined {
  return code && isDocumentedCode(code) ? meanings.get()[code] : undefined;
}

/** The documented meaning of a status ("Not Found - …"), as the console explains it in the current language. */
export function statusMeaning(status: number | null | undefined): string | undefined {
  return status == null || STATUS_MEANINGS[status] === undefined ? undefined : meanings.get()[`s${status}`];
}

/** The docs' own words for a code, in English: what the (simulated) API itself sends. */
export function documentedCodeMeaning(code: string | null | undefined): string | undefined {
  return code && isDocumentedCode(code) ? ERROR_CODES[code] : undefined;
}

/** The docs' own words for a status, in English: what the (simulated) API itself sends. */
export function documentedStatusMeaning(status: number | null | undefined): string | undefined {
  return status == null ? undefined : STATUS_MEANINGS[status];
}

export function codeEdition(code: string): 'current' | 'older' | undefined {
  if (Object.hasOwn(CURRENT_ERROR_CODES, code)) return 'current';
  if (Object.hasOwn(OLDER_ERROR_CODES, code)) return 'older';
  return undefined;
}

/**
 * The status each code usually arrives with. The docs pair none; these are the plain readings, and
 * the simulated API answers with them. The demo's fault form and the error-codes page read it.
 */
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
  CUSTOMER_CREATE_FAILED: 500,
  FEATURE_LIMIT_REACHED: 402,
  FIELDS_EMPTY: 400,
  GROUP_DOES_NOT_EXIST: 404,
  INVALID_APIKEY: 401,
  INVALID_AUTH: 401,
  INVALID_CUSTOMER_NUMBER: 400,
  INVALID_EMAIL: 400,
  INVALID_FQDN: 400,
  INVALID_ID: 400,
  INVALID_PARAMETER: 400,
  INVALID_URL: 404,
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

/** A code's usual status; undefined for a code the table does not know (free text, DNS_*, SQL_*). */
export function usualStatus(code: string): number | undefined {
  return USUAL_STATUS[code.trim()];
}
