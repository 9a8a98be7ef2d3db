import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { productZoneCreateBody, zoneCreateBody, zoneUpdateBody } from './body-schemas';
import { noParams, productParams, zoneParams } from './param-schemas';
import { booleanish, deleted, listOf, numberish, optionalText } from './response-schemas';

export const zoneSummary = z.looseObject({
  /** The zone name (`4b42.com`). */
  id: z.string(),
  updated: optionalText,
  valid: optionalText,
});

/** SOA numbers arrive as strings (`"ttl": "172800"`, `"dnssec": "0"`). */
export const zoneDetail = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  created: optionalText,
  dnssec: booleanish.nullish(),
  expire: numberish.nullish(),
  hostmaster: optionalText,
  refresh: numberish.nullish(),
  retry: numberish.nullish(),
  serial: z.union([z.string(), z.number().transform(String)]).nullish(),
  ttl: numberish.nullish(),
  updated: optionalText,
  valid: optionalText,
});

export const dnsEndpoints = [
  defineEndpoint({
    id: 'zone.list',
    area: 'dns',
    method: 'GET',
    path: '/v1/manage/bind/{productid}/zone',
    summary: 'List all available Domain Name System Zones',
    edition: 'current',
    params: productParams,
    response: listOf(zoneSummary),
  }),
  defineEndpoint({
    id: 'zone.get',
    area: 'dns',
    method: 'GET',
    path: '/v1/manage/bind/{productid}/zone/{zone}',
    summary: 'Details of a Domain Name System Zone',
    edition: 'current',
    params: zoneParams,
    response: zoneDetail,
  }),
  defineEndpoint({
    id: 'zone.create',
    area: 'dns',
    method: 'POST',
    path: '/v1/internet/domain_name_system/zone',
    summary: 'Create new dns zone',
    edition: 'current',
    params: noParams,
    body: zoneCreateBody,
    response: zoneDetail,
  }),
  defineEndpoint({
    id: 'zone.createForProduct',
    area: 'dns',
    method: 'POST',
    path: '/v1/manage/bind/{productid}/zone',
    summary: 'Create new dns zone (in a DNS product)',
    edition: 'older',
    params: productParams,
    body: productZoneCreateBody,
    response: zoneDetail,
  }),
  defineEndpoint({
    id: 'zone.update',
    area: 'dns',
    method: 'PUT',
    path: '/v1/manage/bind/{productid}/zone/{zone}',
    summary: 'Update dns zone details, returns updated fields',
    edition: 'older',
    params: zoneParams,
    body: zoneUpdateBody,
    response: zoneDetail,
  }),
  defineEndpoint({
    id: 'zone.delete',
    area: 'dns',
    method: 'DELETE',
    path: '/v1/manage/bind/{productid}/zone/{zone}',
    summary: 'Remove a specified dns zone',
    edition: 'older',
    params: zoneParams,
    response: deleted,
  }),
] as const;
