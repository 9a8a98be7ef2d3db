import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { customerBody } from './body-schemas';
import { customerParams, noParams } from './param-schemas';
import { apiDate, deleted, listOf, optionalText } from './response-schemas';

export const customerSummary = z.looseObject({
  /** The 8-digit customer number. */
  name: z.string(),
  /** The organisation, or the person's name. */
  description: optionalText,
  guid: optionalText,
});

export const customerDetail = z.looseObject({
  name: z.string(),
  description: optionalText,
  country: optionalText,
  city: optionalText,
  state: optionalText,
  street: optionalText,
  streetnumber: optionalText,
  // Documented as Number, shown as a string.
  zipcode: z.union([z.string(), z.number().transform(String)]).nullish(),
  telephonenumber: optionalText,
  mobile: optionalText,
  vatid: optionalText,
  guid: optionalText,
  created: apiDate.nullish(),
  modified: apiDate.nullish(),
});

export const customerEndpoints = [
  defineEndpoint({
    id: 'customer.list',
    area: 'customers',
    method: 'GET',
    path: '/v1/customer',
    summary: 'List of all customers',
    edition: 'current',
    params: noParams,
    response: listOf(customerSummary),
  }),
  defineEndpoint({
    id: 'customer.get',
    area: 'customers',
    method: 'GET',
    path: '/v1/customer/{customerNumber}',
    summary: 'List Details of a specific customer',
    edition: 'current',
    params: customerParams,
    response: customerDetail,
  }),
  defineEndpoint({
    id: 'customer.create',
    area: 'customers',
    method: 'POST',
    path: '/v1/customer',
    summary: 'Create new customer',
    edition: 'current',
    params: noParams,
    body: customerBody,
    response: customerDetail,
  }),
  defineEndpoint({
    id: 'customer.update',
    area: 'customers',
    method: 'PUT',
    path: '/v1/customer/{customerNumber}',
    summary: 'Update details of a customer',
    edition: 'current',
    params: customerParams,
    body: customerBody,
    response: customerDetail,
  }),
  defineEndpoint({
    id: 'customer.delete',
    area: 'customers',
    method: 'DELETE',
    path: '/v1/customer/{customerNumber}',
    summary: 'Remove a Customer',
    edition: 'current',
    params: customerParams,
    response: deleted,
  }),
] as const;
