import { z } from 'zod';
import { defineEndpoint } from '../endpoint';
import { idParams, noParams, virtualServerParams } from './param-schemas';
import { acknowledged, listOf } from './response-schemas';

/** The docs' virtual-server examples are copied from DNS zones, so only an id is relied on. */
export const virtualServerSummary = z.looseObject({
  id: z.union([z.string(), z.number().transform(String)]),
});
export const virtualServerDetail = z.looseObject({ id: z.union([z.string(), z.number()]).optional() });

export const serverEndpoints = [
  defineEndpoint({
    id: 'virtualServer.list',
    area: 'servers',
    method: 'GET',
    path: '/v1/manage/server/virtual',
    summary: 'List all virtual servers',
    edition: 'older',
    params: noParams,
    response: listOf(virtualServerSummary),
    docNote: 'The documented example is a copy of the DNS zone list.',
  }),
  defineEndpoint({
    id: 'virtualServer.get',
    area: 'servers',
    method: 'GET',
    path: '/v1/manage/server/virtual/{pid}',
    summary: 'Details of a virtual server',
    edition: 'older',
    params: virtualServerParams,
    response: virtualServerDetail,
    docNote: 'The documented example is a copy of a DNS zone.',
  }),
  defineEndpoint({
    id: 'virtualServer.ticket',
    area: 'servers',
    method: 'GET',
    path: '/v1/manage/server/virtual/{pid}/ticket',
    summary: 'Generate a ticket for console session',
    edition: 'older',
    params: virtualServerParams,
    response: z.union([z.looseObject({}), z.string()]),
  }),
  defineEndpoint({
    id: 'dedicatedServer.configureIpmi',
    area: 'servers',
    method: 'PUT',
    path: '/v1/server/dedicated/{id}/ipmi',
    summary: '(Re)configure Intelligent Platform Management Interface (IPMI) of dedicated server',
    edition: 'current',
    params: idParams,
    response: acknowledged,
    docNote: 'No body is documented; the answer is `[]`.',
  }),
] as const;
