import { z } from 'zod';
import { DOCUMENTED_BASE_URL, KEY_HEADER_STYLES, type KeyHeaderStyle } from '@/api/connection';

const keyHeaderStyles = Object.keys(KEY_HEADER_STYLES) as [KeyHeaderStyle, ...KeyHeaderStyle[]];

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

export const SCOPE_CHOICES = ['detect', 'operator', 'customer'] as const;

export const connectSchema = z
  .object({
    baseUrl: z
      .string()
      .trim()
      .min(1, 'Enter the API base URL.')
      .refine(
        isBaseUrl,
        'Enter an http(s) URL such as https://api.securebit.ch/v1, or a path such as /proxy/v1.',
      ),
    apiKey: z.string().trim().min(1, 'Enter the API key.'),
    keyHeader: z.enum(keyHeaderStyles),
    remember: z.boolean(),
    /** Whom the key reaches: found out at connect, or said by the user (which always wins). */
    scope: z.enum(SCOPE_CHOICES),
    customerNumber: z.string().trim(),
  })
  .superRefine((values, context) => {
    if (values.scope === 'customer' && !/^\d{8}$/.test(values.customerNumber)) {
      context.addIssue({
        code: 'custom',
        path: ['customerNumber'],
        message: 'Enter the customer number: 8 digits, e.g. 00000005.',
      });
    }
  });

export type ConnectFormInput = z.input<typeof connectSchema>;
export type ConnectFormValues = z.output<typeof connectSchema>;

export const CONNECT_DEFAULTS: ConnectFormInput = {
  baseUrl: DOCUMENTED_BASE_URL,
  apiKey: '',
  keyHeader: 'bearer',
  remember: false,
  scope: 'detect',
  customerNumber: '',
};
