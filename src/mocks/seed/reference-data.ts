/** Read-only catalogue data of the provider: the same in every data set, never persisted. */

/** The docs' two exchanges (ids 1 and 2, verbatim) plus three real Swiss and nearby ones. */
export const EXCHANGES = [
  { id: 1, asn: 56755, country: 'CH', description: 'Securebit Internet Exchange Point', name: 'SBIX' },
  { id: 2, asn: 60020, country: 'DE', description: 'Rottweiler Internet Exchange', name: 'RWIX' },
  { id: 3, asn: 42476, country: 'CH', description: 'Swiss Internet Exchange', name: 'SwissIX' },
  { id: 4, asn: 6695, country: 'DE', description: 'DE-CIX Frankfurt', name: 'DE-CIX' },
  { id: 5, asn: 1921, country: 'AT', description: 'Vienna Internet eXchange', name: 'VIX' },
] as const;

/** Verbatim from the docs: prices as decimal strings with five places. */
export const PRICING = [
  { name: 'asn_pi_32bit', create: '100.00000', renew: '100.00000', update: '100.00000' },
  { name: 'ipv4_pa_24', create: '100.00000', renew: '300.00000', update: '0.00000' },
  { name: 'ipv6_pa_48', create: '100.00000', renew: '15.00000', update: '0.00000' },
] as const;

/** The docs show `[]`; ranges from the provider's block around the docs' 193.33.95.1. */
export const AVAILABLE_IPV4 = [
  { network: '193.33.96.0/24', size: 24, country: 'CH', pricing: 'ipv4_pa_24' },
  { network: '193.33.97.0/24', size: 24, country: 'CH', pricing: 'ipv4_pa_24' },
  { network: '193.33.98.0/24', size: 24, country: 'CH', pricing: 'ipv4_pa_24' },
  { network: '193.33.99.128/25', size: 25, country: 'CH', pricing: 'ipv4_pa_24' },
] as const;

/** The seeded balance: enough for a few AS orders at the documented 100.00000. */
export const DEFAULT_BALANCE = 1000;

/** What `resource.create` defaults `size` to, per the docs (48 for IPv6, 32 for ASN and IPv4). */
export const DEFAULT_RESOURCE_SIZE = 32;

/** The SSH tool's view of the world: known hosts answer; see routes/tools.ts for the rest. */
export const SSH_HOSTS: Readonly<
  Record<string, { ip: string; as: number; country: string; isp: string; fingerprint: string | null }>
> = {
  // The docs' example, verbatim.
  '193.33.95.1': {
    ip: '193.33.95.1',
    as: 58057,
    country: 'CH',
    isp: 'Securebit AG',
    fingerprint: '4B42D4824B425C7A4B42D350935840DD',
  },
  'ssh.securebit.ch': {
    ip: '193.33.95.1',
    as: 58057,
    country: 'CH',
    isp: 'Securebit AG',
    fingerprint: '4B42D4824B425C7A4B42D350935840DD',
  },
  'web01.bergwerk.ch': {
    ip: '193.33.95.20',
    as: 58057,
    country: 'CH',
    isp: 'Securebit AG',
    fingerprint: '9F1C27A04E8B3D6651C0E2B7A9D4F318',
  },
  '193.33.95.20': {
    ip: '193.33.95.20',
    as: 58057,
    country: 'CH',
    isp: 'Securebit AG',
    fingerprint: '9F1C27A04E8B3D6651C0E2B7A9D4F318',
  },
  // Resolves and routes, but nothing listens on port 22.
  'mail.leman-horlogerie.ch': {
    ip: '193.33.95.41',
    as: 58057,
    country: 'CH',
    isp: 'Securebit AG',
    fingerprint: null,
  },
  'git.schwarzwald-hosting.de': {
    ip: '185.221.60.17',
    as: 60020,
    country: 'DE',
    isp: 'Schwarzwald Hosting GmbH',
    fingerprint: '0D6E51B7C2F94A83E1B05C9D7A2264FE',
  },
};
