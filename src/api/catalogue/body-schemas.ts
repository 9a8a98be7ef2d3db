import { z } from 'zod';
import { i18n, params } from '@/i18n';
import { countryCode } from '../domain/countries';
import { domainName } from '../domain/domain-name';
import { emailAddress, hostmaster, httpUrl, numberish } from '../domain/identifiers';
import { publicIpAddress } from '../domain/ip-reachability';
import { phoneForSending } from '../domain/phone';
import { asName, ripeOrgId } from '../domain/ripe';
import { vatIdForSending } from '../domain/vat';

// Read when a check runs (`messages.get()`), so a message is in the language of that moment.
const messages = i18n('validation/body-schemas', {
  enter: params<{ what: string }>('Enter {what}'),
  // A warning, not a refusal: the value is sent as typed.
  longer: params<{ max: string }>('Longer than {max} characters: the API may refuse it.'),
  // What `enter` asks for.
  organisation: 'the organisation, or the person’s last and first name',
  street: 'a street',
  streetNumber: 'a street number',
  city: 'a city',
  state: 'a state',
  groupName: 'a group name',
  lastName: 'a last name',
  firstName: 'a first name',
  groupNameChars:
    'Directory group names leave out \\ / [ ] : ; | = , + * ? < > " @ #: the API may refuse this one.',
  member: 'Each member is a distinguished name (CN=…)',
  changeOne: 'Change at least one field',
  // `field` is an SOA timer's name (below).
  wholeSeconds: params<{ field: string }>('{field} is a whole number of seconds'),
  oneSecond: params<{ field: string }>('{field} must be at least 1 second'),
  fits32Bits: params<{ field: string }>('{field} must fit a 32-bit SOA field'),
  expire: 'Expire',
  refresh: 'Refresh',
  retry: 'Retry',
  ttl: 'TTL',
  resourceType: 'Choose XC, VLAN or VPS',
  bits: 'At most 128 bits',
  wholeBits: 'A whole number of bits',
  oneBit: 'At least 1 bit',
  tunnelType: 'Choose vxlan or gretap',
  exchange: 'Choose an internet exchange',
});
type Messages = ReturnType<typeof messages.get>;
type Label = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** A check's message, in the language current when the check runs. */
const say = (pick: (t: Messages) => string) => ({ error: () => pick(messages.get()) });

/** Form inputs send '' for an untouched optional field; the API gets nothing instead. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

const text = (label: Label) => {
  const enter = say((t) => t.enter({ what: t[label] }));
  return z.string(enter).trim().min(1, enter);
};

/** A rule beyond the docs: a message for a value that breaks it, nothing for one that keeps it. */
export type Advice = (value: string) => string | undefined;

const longerThan =
  (max: number): Advice =>
  (value) =>
    value.trim().length > max ? messages.get().longer({ max: String(max) }) : undefined;

/** POST and PUT /v1/customer (and, per the docs, two internet-resource PUTs that copied it). */
export const customerBody = z.object({
  description: text('organisation'),
  street: optional(text('street')),
  streetnumber: optional(text('streetNumber')),
  // Documented as Number, shown as "12345": sent as a string so leading zeros survive. The docs
  // state no shape, so the postal-code shape per country is a warning in the form, not a rule.
  zipcode: optional(z.string().trim()),
  city: optional(text('city')),
  state: optional(text('state')),
  country: countryCode,
  // Documented as plain Strings: normalised when they parse (E.164, UID/VAT), never refused.
  telephonenumber: optional(phoneForSending),
  mobile: optional(phoneForSending),
  vatid: optional(vatIdForSending),
});

/**
 * The directory's usual limits, which the docs do not state (they call each of these a String):
 * the forms warn when a value the user changed breaks one, and send it all the same.
 */
export const customerAdvice = {
  description: longerThan(255),
  street: longerThan(120),
  streetnumber: longerThan(20),
  city: longerThan(120),
  state: longerThan(120),
} satisfies Record<string, Advice>;

export const groupCreateBody = z.object({ groupName: text('groupName') });

export const groupAdvice = {
  groupName: (value) =>
    longerThan(64)(value) ??
    (/[\\/[\]:;|=,+*?<>"@#]/.test(value) ? messages.get().groupNameChars : undefined),
} satisfies Record<string, Advice>;

/** Documented as a String, shown as a list of DNs in the examples: sent as a list. */
export const groupUpdateBody = z.object({
  members: z.array(
    z
      .string()
      .trim()
      .regex(
        /^CN=.+,(OU|DC)=/i,
        say((t) => t.member),
      ),
  ),
});

export const suffixBody = z.object({ suffix: domainName });

const personName = (label: Label) => text(label);

export const userAdvice = { lastname: longerThan(64), firstname: longerThan(64) } satisfies Record<
  string,
  Advice
>;
const upn = emailAddress.describe('User principal name, like max@example.com');

export const userCreateBody = z.object({
  lastname: personName('lastName'),
  firstname: personName('firstName'),
  upn: optional(upn),
  // Empty means the API generates one (documented).
  password: optional(z.string().min(1)),
});

export const userUpdateBody = z
  .object({
    lastname: optional(personName('lastName')),
    firstname: optional(personName('firstName')),
    upn: optional(upn),
    password: optional(z.string().min(1)),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    ...say((t) => t.changeOne),
    path: ['_'],
  });

const soaSeconds = (label: 'expire' | 'refresh' | 'retry' | 'ttl') =>
  optional(
    numberish.pipe(
      z
        .number()
        .int(say((t) => t.wholeSeconds({ field: t[label] })))
        .min(
          1,
          say((t) => t.oneSecond({ field: t[label] })),
        )
        .max(
          2_147_483_647,
          say((t) => t.fits32Bits({ field: t[label] })),
        ),
    ),
  );

/** Documented as Bool with "default 0"; the API itself returns "0"/"1". */
const dnssec = optional(z.union([z.boolean(), z.enum(['0', '1']).transform((v) => v === '1')]));

const zoneTimers = {
  dnssec,
  expire: soaSeconds('expire'),
  refresh: soaSeconds('refresh'),
  retry: soaSeconds('retry'),
  ttl: soaSeconds('ttl'),
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
    ...say((t) => t.changeOne),
    path: ['_'],
  });

export const RESOURCE_TYPES = {
  XC: 'Cross connect',
  VLAN: 'Virtual local area network',
  // The docs leave VPS unexplained.
  VPS: 'VPS',
} as const;

export const resourceCreateBody = z.object({
  type: z.enum(
    Object.keys(RESOURCE_TYPES) as [keyof typeof RESOURCE_TYPES],
    say((t) => t.resourceType),
  ),
  // "default: 48 for ipv6, 32 for asn and ipv4": optional, in bits.
  size: optional(
    numberish.pipe(
      z
        .number()
        .int(say((t) => t.wholeBits))
        .min(
          1,
          say((t) => t.oneBit),
        )
        .max(
          128,
          say((t) => t.bits),
        ),
    ),
  ),
});

export const asnCreateBody = z.object({
  org: ripeOrgId,
  country: countryCode,
  name: asName,
  url: optional(httpUrl),
});

export const layer2TunnelBody = z.object({
  type: z.enum(
    ['vxlan', 'gretap'],
    say((t) => t.tunnelType),
  ),
  endpoint: publicIpAddress,
  // A picker's empty choice ('') is no exchange chosen, not a bad number: said so, and the pipe stops.
  exchange: z
    .union(
      [z.number(), z.string()],
      say((t) => t.exchange),
    )
    .refine(
      (value) => String(value).trim() !== '',
      say((t) => t.exchange),
    )
    .pipe(numberish)
    .pipe(
      z
        .number()
        .int()
        .positive(say((t) => t.exchange)),
    ),
});
