import { toAsciiDomain } from '@/api/domain/domain-name';
import { nextSerial } from '../db/dates';
import type { Database, ZoneRecord } from '../db/types';
import { DEMO_CUSTOMER_NUMBER, DEMO_DNS_PRODUCTS } from '../demo-keys';

const DAY = 86_400_000;

export function addZone(
  db: Database,
  productid: string,
  name: string,
  at: number,
  options: Partial<Pick<ZoneRecord, 'dnssec' | 'ttl' | 'valid'>> = {},
): void {
  db.sequences.zone += 1;
  db.zones.push({
    id: db.sequences.zone,
    productid,
    name,
    hostmaster: `hostmaster.${name}`,
    dnssec: options.dnssec ?? false,
    expire: 3_600_000,
    refresh: 86_400,
    retry: 7_200,
    ttl: options.ttl ?? 172_800,
    serial: nextSerial(null, at),
    created: at,
    updated: at,
    valid: options.valid ?? 'yes',
  });
}

/** DNS products and zones, servers, internet resources, AS numbers, tunnels and abuse entries. */
export function addInfrastructure(db: Database, epoch: number): void {
  const at = (days: number) => epoch + days * DAY;
  db.dnsProducts.push(...DEMO_DNS_PRODUCTS.map((product) => ({ ...product })));
  addZone(db, '500001', 'bergwerk.ch', at(1), { dnssec: true });
  addZone(db, '500001', 'bergwerk-digital.com', at(2));
  addZone(db, '500001', 'bergwerk.shop', at(30), { ttl: 3_600 });
  addZone(db, '500001', toAsciiDomain('zürich-bergwerk.ch'), at(45));
  // The docs' two example zones.
  addZone(db, '500002', '4b42.com', at(3));
  addZone(db, '500002', '4b42.local', at(3));
  addZone(db, '500003', 'leman-horlogerie.ch', at(5), { dnssec: true });
  addZone(db, '500003', 'leman-horlogerie.com', at(5));
  addZone(db, '500004', 'schwarzwald-hosting.de', at(8));
  addZone(db, '500004', 'schwarzwald-hosting.eu', at(60), { valid: 'no' });

  db.virtualServers.push(
    {
      id: '300101',
      customer: DEMO_CUSTOMER_NUMBER,
      hostname: 'web01.bergwerk.ch',
      status: 'running',
      cores: 4,
      memory: 8192,
      disk: 160,
      os: 'Debian 12',
      ipv4: '193.33.95.20',
      ipv6: '2a03:2e40:1::20',
      location: 'Zürich',
      created: at(4),
    },
    {
      id: '300102',
      customer: DEMO_CUSTOMER_NUMBER,
      hostname: 'db01.bergwerk.ch',
      status: 'stopped',
      cores: 8,
      memory: 32768,
      disk: 500,
      os: 'Ubuntu 24.04 LTS',
      ipv4: '193.33.95.21',
      ipv6: '2a03:2e40:1::21',
      location: 'Zürich',
      created: at(4),
    },
    {
      id: '300103',
      customer: '10000003',
      hostname: 'erp.rheinhafen.ch',
      status: 'running',
      cores: 2,
      memory: 4096,
      disk: 80,
      os: 'Windows Server 2022',
      ipv4: '193.33.95.33',
      ipv6: '2a03:2e40:1::33',
      location: 'Basel',
      created: at(12),
    },
    {
      id: '300104',
      customer: '10000005',
      hostname: 'gitlab.ceresio.ch',
      status: 'running',
      cores: 4,
      memory: 16384,
      disk: 250,
      os: 'Rocky Linux 9',
      ipv4: '193.33.95.54',
      ipv6: '2a03:2e40:1::54',
      location: 'Lugano',
      created: at(20),
    },
  );
  db.dedicatedServers.push(
    {
      id: '400201',
      customer: '10000003',
      hostname: 'storage01.rheinhafen.ch',
      model: 'Supermicro SYS-1029P',
      ipmiAddress: '10.42.0.11',
      ipmiConfigured: at(14),
      locked: false,
    },
    {
      id: '400202',
      customer: DEMO_CUSTOMER_NUMBER,
      hostname: 'backup01.bergwerk.ch',
      model: 'Dell PowerEdge R650',
      ipmiAddress: '10.42.0.12',
      ipmiConfigured: null,
      // A firmware update is running: IPMI cannot be reconfigured now (documented `locked`).
      locked: true,
    },
    {
      id: '400203',
      customer: '10000004',
      hostname: 'render01.leman-horlogerie.ch',
      model: 'HPE ProLiant DL360 Gen11',
      ipmiAddress: '10.42.0.13',
      ipmiConfigured: at(9),
      locked: false,
    },
  );
  db.resources.push(
    { id: '700001', type: 'XC', size: 32, customer: DEMO_CUSTOMER_NUMBER, created: at(6) },
    { id: '700002', type: 'VLAN', size: 32, customer: '10000003', created: at(13) },
    { id: '700003', type: 'VPS', size: 48, customer: '10000005', created: at(21) },
  );
  // Documentation ASNs (RFC 5398) for customers; 58057 is the provider's own (the docs' SSH example).
  db.autonomousSystems.push(
    { id: 1, asn: 58057, name: 'SECUREBIT', org: 'ORG-SA351-RIPE', country: 'CH', created: at(0) },
    {
      id: 2,
      asn: 64500,
      name: 'RHEINHAFEN-AS',
      org: 'ORG-RLA3-RIPE',
      country: 'CH',
      url: 'https://www.rheinhafen.ch',
      created: at(15),
    },
    { id: 3, asn: 65540, name: 'DONAU-MEDIA', org: 'ORG-DMG7-RIPE', country: 'AT', created: at(40) },
  );
  db.tunnels.push({ id: 1, type: 'vxlan', endpoint: '193.33.95.20', exchange: 1, created: at(7) });
  db.abuse.push(
    {
      id: 1,
      resource: '193.33.95.1',
      type: 'scan',
      source: 'AbuseIPDB',
      reported: at(50),
      description: 'SSH brute-force attempts against port 22 from this address.',
      status: 'resolved',
    },
    {
      id: 2,
      resource: '193.33.95.20',
      type: 'phishing',
      source: 'SWITCH-CERT',
      reported: at(70),
      description: 'Phishing page imitating a Swiss bank login under /secure/.',
      status: 'open',
    },
    {
      id: 3,
      resource: '193.33.95.20',
      type: 'spam',
      source: 'Spamhaus',
      reported: at(72),
      description: 'Listed on the SBL for outgoing spam from a compromised form.',
      status: 'open',
    },
    {
      id: 4,
      resource: '193.33.95.0/24',
      type: 'ddos',
      source: 'Securebit NOC',
      reported: at(80),
      description: 'Outgoing UDP amplification traffic from several hosts in this range.',
      status: 'resolved',
    },
    {
      id: 5,
      resource: 'AS64500',
      type: 'malware',
      source: 'abuse.ch',
      reported: at(90),
      description: 'Malware download URLs hosted in this AS.',
      status: 'open',
    },
  );
}
