/**
 * The domain's records, as the catalogue's schemas hand them over: declared here once, inferred,
 * and imported by features, query factories and the simulated API alike.
 */
import type { z } from 'zod';
import type { customerBody } from './catalogue/body-schemas';
import type { customerDetail, customerSummary } from './catalogue/customers';
import type {
  groupDetail,
  groupSummary,
  suffixItem,
  userCreated,
  userDetail,
  userSummary,
} from './catalogue/directory';
import type { zoneDetail, zoneSummary } from './catalogue/dns';
import type { autonomousSystem, exchange, price } from './catalogue/internet';
import type { virtualServerSummary } from './catalogue/servers';
import type { movie, sshCheck } from './catalogue/tools';

export type CustomerSummary = z.output<typeof customerSummary>;
export type Customer = z.output<typeof customerDetail>;
export type CustomerBodyOutput = z.output<typeof customerBody>;

export type UserSummary = z.output<typeof userSummary>;
export type UserDetail = z.output<typeof userDetail>;
export type UserCreated = z.output<typeof userCreated>;
export type GroupSummary = z.output<typeof groupSummary>;
export type GroupDetail = z.output<typeof groupDetail>;
export type SuffixItem = z.output<typeof suffixItem>;

export type ZoneSummary = z.output<typeof zoneSummary>;
export type Zone = z.output<typeof zoneDetail>;

export type VirtualServerSummary = z.output<typeof virtualServerSummary>;

export type Exchange = z.output<typeof exchange>;
export type AutonomousSystem = z.output<typeof autonomousSystem>;
export type Price = z.output<typeof price>;

export type SshCheck = z.output<typeof sshCheck>;
export type Movie = z.output<typeof movie>;
