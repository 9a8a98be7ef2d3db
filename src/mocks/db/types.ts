/**
 * The simulated API's database: plain JSON, so it can be persisted as is. Timestamps are epoch
 * milliseconds; the routes format them the way each endpoint documents.
 */
import type { z } from 'zod';
import type { zoneUpdateBody } from '@/api/catalogue/body-schemas';
import type { CustomerBodyOutput } from '@/api/types';

export type DataSet = 'standard' | 'large';

type ZoneSoaFields = z.output<typeof zoneUpdateBody>;

/** The documented body fields come from the catalogue; the rest is what the API keeps beside them. */
export type CustomerRecord = CustomerBodyOutput & {
  number: string;
  guid: string;
  created: number;
  modified: number;
  /** `protected`: cannot be deleted; `locked`: an action is running, no changes. */
  status?: 'protected' | 'locked';
};

export interface UserRecord {
  /** `<customerNumber>_<n>`; also the username. */
  id: string;
  customer: string;
  lastname: string;
  firstname: string;
  upn: string;
  created: number;
  modified: number;
}

/** Members are kept as references, so renaming a user changes its DN everywhere at once. */
export type MemberRef = { type: 'user'; id: string } | { type: 'group'; guid: string };

export interface GroupRecord {
  guid: string;
  customer: string;
  name: string;
  members: MemberRef[];
  created: number;
}

export interface SuffixRecord {
  id: number;
  customer: string;
  suffix: string;
  description: string;
  configured: boolean;
  uid: number;
  created: number;
}

export interface DnsProductRecord {
  id: string;
  customer: string;
  name: string;
}

/** The SOA fields are the catalogue's (the update body's), all set once stored. */
export type ZoneRecord = Required<{ [K in keyof ZoneSoaFields]: Exclude<ZoneSoaFields[K], undefined> }> & {
  id: number;
  productid: string;
  name: string;
  serial: string;
  created: number;
  updated: number;
  valid: 'yes' | 'no';
};

export interface VirtualServerRecord {
  id: string;
  customer: string;
  hostname: string;
  status: 'running' | 'stopped';
  cores: number;
  memory: number;
  disk: number;
  os: string;
  ipv4: string;
  ipv6: string;
  location: string;
  created: number;
}

export interface DedicatedServerRecord {
  id: string;
  customer: string;
  hostname: string;
  model: string;
  ipmiAddress: string;
  ipmiConfigured: number | null;
  /** An action is already running (documented `locked`). */
  locked: boolean;
}

export interface ResourceRecord {
  id: string;
  type: 'XC' | 'VLAN' | 'VPS';
  size: number;
  customer: string;
  created: number;
  /** PUT is documented with the customer's fields; they are kept here. */
  contact?: Record<string, string>;
}

export interface AutonomousSystemRecord {
  id: number;
  asn: number;
  name: string;
  org: string;
  country: string;
  url?: string;
  created: number;
  contact?: Record<string, string>;
}

export interface TunnelRecord {
  id: number;
  type: 'vxlan' | 'gretap';
  endpoint: string;
  exchange: number;
  created: number;
}

export interface AbuseRecord {
  id: number;
  resource: string;
  type: 'spam' | 'scan' | 'phishing' | 'ddos' | 'malware';
  source: string;
  reported: number;
  description: string;
  status: 'open' | 'resolved';
}

export interface Database {
  dataSet: DataSet;
  customers: CustomerRecord[];
  users: UserRecord[];
  groups: GroupRecord[];
  suffixes: SuffixRecord[];
  dnsProducts: DnsProductRecord[];
  zones: ZoneRecord[];
  virtualServers: VirtualServerRecord[];
  dedicatedServers: DedicatedServerRecord[];
  resources: ResourceRecord[];
  autonomousSystems: AutonomousSystemRecord[];
  tunnels: TunnelRecord[];
  abuse: AbuseRecord[];
  /**
   * The account's balance for orders, in the API's (unnamed) currency; absent in databases saved
   * before it existed, which then have DEFAULT_BALANCE.
   */
  balance?: number;
  /** Host keys that changed since the seed (demo panel), host → fingerprint. */
  sshHostKeys?: Record<string, string>;
  /** Last number handed out per kind (users: per customer). */
  sequences: {
    /** Customer numbers continue from here (the docs' 12345678 sits far above). */
    customer: number;
    userByCustomer: Record<string, number>;
    suffix: number;
    zone: number;
    resource: number;
    asn: number;
    asId: number;
    tunnel: number;
  };
}
