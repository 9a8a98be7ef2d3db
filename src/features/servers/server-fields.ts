import type { ApiDate } from '@/api/catalogue/response-schemas';
import type { VirtualServerSummary } from '@/api/types';
import { apiDateOf } from '@/features/ui/format-api-date';

/** A field naming the customer the server belongs to, as an 8-digit customer number. */
const customerNumberOf = (field: string, value: unknown): string | undefined =>
  /^customer(?:_?(?:number|id))?$/i.test(field) && /^\d{8}$/.test(String(value ?? ''))
    ? String(value)
    : undefined;

/** A field of the detail page: an API date or a customer number when it is one, else its text. */
export type ServerField =
  | { name: string; kind: 'date'; date: ApiDate }
  | { name: string; kind: 'customer'; customerNumber: string }
  | { name: string; kind: 'text'; text: string };

/** Every field as it came, in its order: nested values as JSON, dates and customers recognised. */
export function fieldsOf(server: Record<string, unknown>): ServerField[] {
  return Object.entries(server).map(([name, value]): ServerField => {
    const date = apiDateOf(value);
    if (date) return { name, kind: 'date', date };
    const customerNumber = customerNumberOf(name, value);
    if (customerNumber) return { name, kind: 'customer', customerNumber };
    const text =
      value === null || value === undefined
        ? ''
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
    return { name, kind: 'text', text };
  });
}

export type { VirtualServerSummary };
