import type { FieldErrors, Resolver } from 'react-hook-form';
import { DOCUMENTED_BASE_URL, KEY_HEADER_STYLES, type KeyHeaderStyle } from '../../api/connection';

// Checked by hand, not with zod: the connect screen is the first page a new user meets, and zod
// would double what it loads (DEVELOPERS.md "The first load").

export interface ConnectFormValues {
  baseUrl: string;
  apiKey: string;
  keyHeader: KeyHeaderStyle;
  remember: boolean;
}
export type ConnectFormInput = ConnectFormValues;

/** An http(s) URL, or a path on this site (the dev proxy, the simulated API). */
function isBaseUrl(value: string): boolean {
  if (/^\/(?!\/)/.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Every message at once, keyed by field; an empty object when the values can be tried. */
export function validateConnect(input: ConnectFormInput): {
  values: ConnectFormValues;
  errors: Partial<Record<keyof ConnectFormValues, string>>;
} {
  const values = { ...input, baseUrl: input.baseUrl.trim(), apiKey: input.apiKey.trim() };
  const errors: Partial<Record<keyof ConnectFormValues, string>> = {};
  if (!values.baseUrl) errors.baseUrl = 'Enter the API base URL.';
  else if (!isBaseUrl(values.baseUrl))
    errors.baseUrl = 'Enter an http(s) URL such as https://api.securebit.ch/v1, or a path such as /proxy/v1.';
  if (!values.apiKey) errors.apiKey = 'Enter the API key.';
  if (!(values.keyHeader in KEY_HEADER_STYLES)) errors.keyHeader = 'Choose how the key travels.';
  return { values, errors };
}

export const connectResolver: Resolver<ConnectFormInput, unknown, ConnectFormValues> = (input) => {
  const { values, errors } = validateConnect(input);
  const entries = Object.entries(errors);
  if (entries.length === 0) return { values, errors: {} };
  const fieldErrors: FieldErrors<ConnectFormInput> = {};
  for (const [name, message] of entries)
    fieldErrors[name as keyof ConnectFormInput] = { type: 'validate', message };
  return { values: {}, errors: fieldErrors };
};

export const CONNECT_DEFAULTS: ConnectFormInput = {
  baseUrl: DOCUMENTED_BASE_URL,
  apiKey: '',
  keyHeader: 'bearer',
  remember: false,
};
