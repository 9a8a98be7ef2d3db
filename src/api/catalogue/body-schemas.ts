import { z } from 'zod';
import { countryCode } from '../domain/countries';
import { domainName } from '../domain/domain-name';
import { emailAddress, hostmaster, httpUrl, numberish } from '../domain/identifiers';
import { publicIpAddress } from '../domain/ip-reachability';
import { phoneForSending } from '../domain/phone';
import { asName, ripeOrgId } from '../domain/ripe';
import { vatIdForSending } from '../domain/vat';

/** Form inputs send '' for an untouched optional field; the API gets nothing instead. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

const text = (label: string, max = 255) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `At most ${max} characters`);

/** POST and PUT /v1/customer (and, per the docs, two internet-resource PUTs that copied it). */
export const customerBody = z.object({
  description: text('the organisation, or the person’s last and first name'),
  street: optional(text('a street', 120)),
  streetnumber: optional(text('a street number', 20)),
  // Documented as Number, shown as "12345": sent as a string so leading zeros survive. The docs
  // state no shape, so the postal-code shape per country is a warning in the form, not a rule.
  zipcode: optional(z.string().trim()),
  city: optional(text('a city', 120)),
  state: optional(text('a state', 120)),
  country: countryCode,
  // Documented as plain Strings: normalised when they parse (E.164, UID/VAT), never refused.
  telephonenumber: optional(phoneForSending),
  mobile: optional(phoneForSending),
  vatid: optional(vatIdForSending),
});

export const groupCreateBody = z.object({
  groupName: text('a group name', 64).refine((v) => !/[\\/[\]:;|=,+*?<>"@#]/.test(v), {
    message: 'A group name cannot contain \\ / [ ] : ; | = , + * ? < > " @ #',
  }),
});

/** Documented as a String, shown as a list of DNs in the examples: sent as a list. */
export const groupUpdateBody = z.object({
  members: z.array(
    z
      .string()
      .trim()
      .regex(/^CN=.+,(OU|DC)=/i, 'Each member is a distinguished name (CN=…)'),
  ),
});

export const suffixBody = z.object({ suffix: domainName });

const personName = (label: string) => text(label, 64);
const upn = emailAddress.describe('User principal name, like max@example.com');

export const userCreateBody = z.object({
  lastname: personName('a last name'),
  firstname: personName('a first name'),
  upn: optional(upn),
  // Empty means the API generates one (documented).
  password: optional(z.string().min(1)),
});

export const userUpdateBody = z
  .object({
    lastname: optional(personName('a last name')),
    firstname: optional(personName('a first name')),
    upn: optional(upn),
    password: optional(z.string().min(1)),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Change at least one field',
    path: ['_'],
  });

const soaSeconds = (label: string) =>
  optional(
    numberish.pipe(
      z
        .number()
        .int(`${label} is a whole number of seconds`)
        .min(1, `${label} must be at least 1 second`)
        .max(2_147_483_647, `${label} must fit a 32-bit SOA field`),
    ),
  );

/** Documented as Bool with "default 0"; the API itself returns "0"/"1". */
const dnssec = optional(z.union([z.boolean(), z.enum(['0', '1']).transform((v) => v === '1')]));

const zoneTimers = {
  dnssec,
  expire: soaSeconds('Expire'),
  refresh: soaSeconds('Refresh'),
  retry: soaSeconds('Retry'),
  ttl: soaSeconds('TTL'),
};

export const ZONE_DEFAULTS = {
  dnssec: false,
  expire: 3600000,
  refresh: 86400,
  retry: 7200,
  ttl: 172800,
} as const;

/** Current edition: hostmaster required. */
export const zoneCreateBody = z.object({ name: domainName, hostmaster, ...zoneTimers });
/** Older edition (per product): hostmaster optional. */
export const productZoneCreateBody = z.object({
  name: domainName,
  hostmaster: optional(hostmaster),
  ...zoneTimers,
});
export const zoneUpdateBody = z
  .object({ hostmaster: optional(hostmaster), ...zoneTimers })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Change at least one field',
    path: ['_'],
  });

export const RESOURCE_TYPES = {
  XC: 'Cross connect',
  VLAN: 'Virtual local area network',
  // The docs leave VPS unexplained.
  VPS: 'VPS',
} as const;

export const resourceCreateBody = z.object({
  type: z.enum(Object.keys(RESOURCE_TYPES) as [keyof typeof RESOURCE_TYPES], {
    error: 'Choose XC, VLAN or VPS',
  }),
  // "default: 48 for ipv6, 32 for asn and ipv4": optional, in bits.
  size: optional(numberish.pipe(z.number().int().min(1).max(128, 'At most 128 bits'))),
});

export const asnCreateBody = z.object({
  org: ripeOrgId,
  country: countryCode,
  name: asName,
  url: optional(httpUrl),
});

export const layer2TunnelBody = z.object({
  type: z.enum(['vxlan', 'gretap'], { error: 'Choose vxlan or gretap' }),
  endpoint: publicIpAddress,
  exchange: numberish.pipe(z.number().int().positive('Choose an internet exchange')),
});
