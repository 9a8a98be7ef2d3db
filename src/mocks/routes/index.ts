import type { EndpointId } from '@/api/catalogue';
import type { Route } from './context';
import { customerRoutes } from './customers';
import { dnsRoutes } from './dns';
import { groupRoutes } from './groups';
import { internetRoutes } from './internet';
import { serverRoutes } from './servers';
import { suffixRoutes } from './suffixes';
import { toolRoutes } from './tools';
import { userRoutes } from './users';

/** One behaviour per catalogue endpoint; the type makes a missing one a compile error. */
export const ROUTES: Readonly<Record<EndpointId, Route>> = {
  ...customerRoutes,
  ...groupRoutes,
  ...suffixRoutes,
  ...userRoutes,
  ...dnsRoutes,
  ...serverRoutes,
  ...internetRoutes,
  ...toolRoutes,
};
