import type { z } from 'zod';
import { customerBody } from '@/api/catalogue/body-schemas';
import type { customerDetail } from '@/api/catalogue/customers';

/** The documented body fields of POST and PUT /v1/customer, in form order: the catalogue's own. */
export const CUSTOMER_FIELDS = Object.keys(customerBody.shape) as (keyof typeof customerBody.shape)[];

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * What the inputs hold: text, '' for an empty optional field (the schema turns it into "not sent").
 * `customerNumber` is shown read-only when editing, so an API error about it has a place to land;
 * the body schema drops it, like every key that is not a documented field.
 */
export type CustomerFormValues = Record<CustomerField, string> & { customerNumber: string };

export const EMPTY_CUSTOMER: CustomerFormValues = {
  ...(Object.fromEntries(CUSTOMER_FIELDS.map((field) => [field, ''])) as Record<CustomerField, string>),
  customerNumber: '',
};

/** The edit form starts from the documented fields of the customer only (no name, guid or dates). */
export function customerToFormValues(customer: z.output<typeof customerDetail>): CustomerFormValues {
  const values = { ...EMPTY_CUSTOMER, customerNumber: customer.name };
  for (const field of CUSTOMER_FIELDS) {
    const value = customer[field];
    values[field] = value == null ? '' : String(value);
  }
  return values;
}
