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

export const connectSchema = z.object({
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
});

export type ConnectFormInput = z.input<typeof connectSchema>;
export type ConnectFormValues = z.output<typeof connectSchema>;

export const CONNECT_DEFAULTS: ConnectFormInput = {
  baseUrl: DOCUMENTED_BASE_URL,
  apiKey: '',
  keyHeader: 'bearer',
  remember: false,
};
