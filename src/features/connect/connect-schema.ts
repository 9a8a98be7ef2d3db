import { DOCUMENTED_BASE_URL, KEY_HEADER_STYLES, type KeyHeaderStyle } from '@/api/connection';
import { i18n } from '@/i18n';

// Checked by hand, not with zod: the connect screen is the first page a new user meets, and zod
// would double what it loads (DEVELOPERS.md "The first load").

const messages = i18n('connect/connect-schema', {
  baseUrl: 'Enter the API base URL.',
  baseUrlForm: 'Enter an http(s) URL such as https://api.securebit.ch/v1, or a path such as /proxy/v1.',
  apiKey: 'Enter the API key.',
  keyHeader: 'Choose how the key travels.',
  scope: 'Choose whom the key is for.',
  customerNumber: 'Enter the customer number: 8 digits, e.g. 00000005.',
});

export const SCOPE_CHOICES = ['detect', 'operator', 'customer'] as const;
export type ScopeChoiceValue = (typeof SCOPE_CHOICES)[number];

export interface ConnectFormValues {
  baseUrl: string;
  apiKey: string;
  keyHeader: KeyHeaderStyle;
  remember: boolean;
  /** Whom the key reaches: found out at connect, or said by the user (which always wins). */
  scope: ScopeChoiceValue;
  customerNumber: string;
}

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

/** Loopback never leaves the machine, so plain http there is fine (browsers treat it as secure too). */
const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);

/**
 * The host a key would be sent to unencrypted (an `http://` URL off this machine), else null.
 * A warning, not a rule: a lab API on a private network may have no TLS.
 */
export function unencryptedHost(baseUrl: string | undefined): string | null {
  try {
    const url = new URL((baseUrl ?? '').trim());
    return url.protocol === 'http:' && !isLoopback(url.hostname) ? url.host : null;
  } catch {
    return null;
  }
}

/** Every message at once, keyed by field; an empty object when the values can be tried. */
export function validateConnect(input: ConnectFormValues): {
  values: ConnectFormValues;
  errors: Partial<Record<keyof ConnectFormValues, string>>;
} {
  const values = {
    ...input,
    baseUrl: input.baseUrl.trim(),
    apiKey: input.apiKey.trim(),
    customerNumber: (input.customerNumber ?? '').trim(),
  };
  const errors: Partial<Record<keyof ConnectFormValues, string>> = {};
  const t = messages.get();
  if (!values.baseUrl) errors.baseUrl = t.baseUrl;
  else if (!isBaseUrl(values.baseUrl)) errors.baseUrl = t.baseUrlForm;
  if (!values.apiKey) errors.apiKey = t.apiKey;
  if (!(values.keyHeader in KEY_HEADER_STYLES)) errors.keyHeader = t.keyHeader;
  if (!SCOPE_CHOICES.includes(values.scope)) errors.scope = t.scope;
  if (values.scope === 'customer' && !/^\d{8}$/.test(values.customerNumber))
    errors.customerNumber = t.customerNumber;
  return { values, errors };
}

export const CONNECT_DEFAULTS: ConnectFormValues = {
  baseUrl: DOCUMENTED_BASE_URL,
  apiKey: '',
  keyHeader: 'bearer',
  remember: false,
  scope: 'detect',
  customerNumber: '',
};
