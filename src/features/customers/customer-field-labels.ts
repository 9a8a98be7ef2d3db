import { i18n } from '@/i18n';
import type { CustomerFormValues } from './customer-form-values';

/**
 * The customer's fields as people read them, keyed by the form's field names: the form's inputs,
 * the list of fields changed on the server and the detail page's rows all say these.
 */
export const customerFieldLabels = i18n('customers/customer-field-labels', {
  customerNumber: 'Customer number',
  description: 'Organisation or person',
  street: 'Street',
  streetnumber: 'Street number',
  zipcode: 'Zip code',
  city: 'City',
  state: 'State',
  country: 'Country',
  telephonenumber: 'Telephone',
  mobile: 'Mobile',
  vatid: 'VAT id',
} satisfies Record<keyof CustomerFormValues, string>);
