import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { asnCreateBody, customerBody, layer2TunnelBody, resourceCreateBody } from './body-schemas';
import { abuseParams, idParams, noParams } from './param-schemas';
import {
  acknowledged,
  apiDate,
  binaryBody,
  decimalString,
  deleted,
  listOf,
  numberish,
  optionalText,
} from './response-schemas';

export const exchange = z.looseObject({
  id: numberish,
  asn: numberish.nullish(),
  country: optionalText,
  description: optionalText,
  name: z.string(),
});

/** The docs show `{}` for the list: the item shape is a careful guess, kept loose. */
export const autonomousSystem = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  asn: numberish.nullish(),
  name: optionalText,
  org: optionalText,
  country: optionalText,
  // The order's `url?` (README row 34) and a creation date like every other record's.
  url: optionalText,
  created: apiDate.nullish(),
});

export const price = z.looseObject({
  name: z.string(),
  create: decimalString,
  renew: decimalString,
  update: decimalString,
});

const COPIED_CUSTOMER_FIELDS =
  'Documented with the customer’s fields (an apparent copy in the docs); sent as documented.';

export const internetEndpoints = [
  defineEndpoint({
    id: 'exchange.list',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/exchange',
    summary: 'List of all internet exchanges supported',
    edition: 'current',
    params: noParams,
    response: listOf(exchange),
  }),
  defineEndpoint({
    id: 'resource.create',
    area: 'internet',
    method: 'POST',
    // "resouces" as documented: the client calls what the server serves.
    path: '/v1/internet/resouces',
    summary: 'Create an internet resource connection (cross connect, VLAN, VPS)',
    edition: 'current',
    params: noParams,
    body: resourceCreateBody,
    response: acknowledged,
    order: true,
    docNote:
      'An order (priced like AS numbers): the key must have ordering enabled (ORDERING_NOT_ENABLED otherwise).',
  }),
  defineEndpoint({
    id: 'resource.update',
    area: 'internet',
    method: 'PUT',
    path: '/v1/internet/resouces/{id}',
    summary: 'Update an internet resource',
    edition: 'current',
    params: idParams,
    body: customerBody,
    response: acknowledged,
    docNote: COPIED_CUSTOMER_FIELDS,
  }),
  defineEndpoint({
    id: 'asn.list',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/resources/autonomous_system',
    summary: 'List of all autonomous system numbers',
    edition: 'current',
    params: noParams,
    response: listOf(autonomousSystem),
    docNote: 'The documented example is `{}`: read as an empty list.',
  }),
  defineEndpoint({
    id: 'asn.pricing',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/resources/autonomous_system/pricing',
    summary: 'Prices of AS numbers and IP ranges',
    edition: 'current',
    params: noParams,
    response: listOf(price),
    docNote:
      'Prices arrive as decimal strings without a currency; the console shows them in a currency of its own setting (CHF by default).',
  }),
  defineEndpoint({
    id: 'asn.create',
    area: 'internet',
    method: 'POST',
    path: '/v1/internet/resources/autonomous_system',
    summary: 'Create an autonomous system number',
    edition: 'current',
    params: noParams,
    body: asnCreateBody,
    response: acknowledged,
    order: true,
    docNote: 'An order: the key must have ordering enabled (ORDERING_NOT_ENABLED otherwise).',
  }),
  defineEndpoint({
    id: 'asn.update',
    area: 'internet',
    method: 'PUT',
    // "resouces" here, "resources" for the delete: both as documented.
    path: '/v1/internet/resouces/asn/{id}',
    summary: 'Update an AS number',
    edition: 'current',
    params: idParams,
    body: customerBody,
    response: acknowledged,
    docNote: COPIED_CUSTOMER_FIELDS,
  }),
  defineEndpoint({
    id: 'asn.delete',
    area: 'internet',
    method: 'DELETE',
    path: '/v1/internet/resources/asn/{id}',
    summary: 'Delete an internet resource',
    edition: 'current',
    params: idParams,
    response: deleted,
  }),
  defineEndpoint({
    id: 'ipv4.available',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/resources/ipv4/available',
    summary: 'List of all available ipv4 ranges',
    edition: 'current',
    params: noParams,
    response: listOf(z.union([z.string(), z.looseObject({})])),
  }),
  defineEndpoint({
    id: 'tunnel.createLayer2',
    area: 'internet',
    method: 'POST',
    path: '/v1/internet/tunnel/layer2',
    summary: 'Create new Layer2-Tunnel to an internet exchange point (peering LAN only, no internet access)',
    edition: 'current',
    params: noParams,
    body: layer2TunnelBody,
    response: acknowledged,
  }),
  defineEndpoint({
    id: 'abuse.list',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/abuse/{resource}',
    summary: 'Abuse entries for a resource',
    edition: 'current',
    params: abuseParams,
    response: listOf(z.looseObject({})),
  }),
  defineEndpoint({
    id: 'abuse.report',
    area: 'internet',
    method: 'GET',
    path: '/v1/internet/abuse/report/{resource}',
    summary: 'Provides an Abuse Report for requested resource as PDF',
    edition: 'current',
    params: abuseParams,
    responseKind: 'pdf',
    // A PDF; the docs' example is `[]`, read as "no report".
    response: z.union([binaryBody, z.array(z.unknown()).length(0)]),
  }),
] as const;
