import type { AnyEndpoint } from '../endpoint';
import { customerEndpoints } from './customers';
import { directoryEndpoints } from './directory';
import { dnsEndpoints } from './dns';
import { internetEndpoints } from './internet';
import { serverEndpoints } from './servers';
import { toolEndpoints } from './tools';

/** Every documented endpoint, once. The only list of paths in the console. */
export const ENDPOINTS = [
  ...customerEndpoints,
  ...directoryEndpoints,
  ...dnsEndpoints,
  ...serverEndpoints,
  ...internetEndpoints,
  ...toolEndpoints,
] as const;

type Catalogue = typeof ENDPOINTS;
export type EndpointId = Catalogue[number]['id'];
export type EndpointById<Id extends EndpointId> = Extract<Catalogue[number], { id: Id }>;

const byId = new Map<string, AnyEndpoint>(ENDPOINTS.map((e) => [e.id, e]));

export function endpoint<Id extends EndpointId>(id: Id): EndpointById<Id> {
  return byId.get(id) as EndpointById<Id>;
}

export function findEndpoint(id: string): AnyEndpoint | undefined {
  return byId.get(id);
}

/** The GET that reads what a PUT changes: the one at the same path (customer, user, group, zone). */
export function readEndpointOf(update: AnyEndpoint): AnyEndpoint | undefined {
  if (update.method !== 'PUT') return undefined;
  return ENDPOINTS.find((e) => e.method === 'GET' && e.path === update.path);
}

export {
  customerEndpoints,
  directoryEndpoints,
  dnsEndpoints,
  internetEndpoints,
  serverEndpoints,
  toolEndpoints,
};
