import { toUnicodeDomain } from '@/api/domain/domain-name';
import { i18n, params } from '@/i18n';

// The target is written into the audit when the write is recorded: in the language of that moment.
const messages = i18n('audit/describe-target', {
  customer: 'customer',
  newCustomer: 'new customer',
  user: 'user',
  newUser: 'new user',
  group: 'group',
  newGroup: 'new group',
  suffix: 'UPN suffix',
  newSuffix: 'new UPN suffix',
  zone: 'zone',
  newZone: 'new zone',
  asn: 'AS',
  newAsn: 'new AS',
  resource: 'resource',
  newResource: 'new resource',
  tunnel: 'tunnel',
  newTunnel: 'new tunnel',
  dedicatedServer: 'server',
  newDedicatedServer: 'new server',
  product: 'product',
  newOther: params<{ kind: string }>('new {kind}'),
});

type Messages = ReturnType<typeof messages.get>;
type Noun =
  | 'customer'
  | 'user'
  | 'group'
  | 'suffix'
  | 'zone'
  | 'asn'
  | 'resource'
  | 'tunnel'
  | 'dedicatedServer';
const NEW_NOUN: Readonly<Record<Noun, keyof Messages>> = {
  customer: 'newCustomer',
  user: 'newUser',
  group: 'newGroup',
  suffix: 'newSuffix',
  zone: 'newZone',
  asn: 'newAsn',
  resource: 'newResource',
  tunnel: 'newTunnel',
  dedicatedServer: 'newDedicatedServer',
};

/**
 * What each kind of record is called, which path param names it, and which field names a new one.
 * `number`: the record's own number, as users know it, written to the noun ("AS64500"); the path
 * param is then only a record id, shown as "#2" when the number is not known.
 */
const KINDS: Readonly<
  Record<
    string,
    {
      noun: Noun;
      param?: string;
      named?: readonly string[];
      label?: readonly string[];
      number?: string;
      /** The id is a domain name: read in Unicode, as the lists show it, the sent form after it. */
      domain?: true;
    }
  >
> = {
  customer: { noun: 'customer', param: 'customerNumber', named: ['name'], label: ['description'] },
  user: { noun: 'user', param: 'userId', named: ['username', 'upn'], label: ['username', 'upn'] },
  group: { noun: 'group', param: 'groupName', named: ['groupName', 'name'] },
  suffix: { noun: 'suffix', param: 'suffix', named: ['suffix'], domain: true },
  zone: { noun: 'zone', param: 'zone', named: ['name'], domain: true },
  asn: { noun: 'asn', param: 'id', named: ['asn', 'name'], label: ['name'], number: 'asn' },
  resource: { noun: 'resource', param: 'id', named: ['type'] },
  tunnel: { noun: 'tunnel', named: ['type'] },
  dedicatedServer: { noun: 'dedicatedServer', param: 'id' },
};

/** Path params that say where the record lives, shown after it. */
const CONTEXT: Readonly<Record<string, 'customer' | 'product'>> = {
  customerNumber: 'customer',
  productid: 'product',
};

function firstText(source: unknown, fields: readonly string[] = []): string | null {
  if (!source || typeof source !== 'object') return null;
  for (const field of fields) {
    const value = (source as Record<string, unknown>)[field];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * The record a write goes to, in words: `customer 10000001 · Bergwerk Digital AG`,
 * `user jdoe (customer 10000001)`, `zone example.com (product 500001)`, `new customer`,
 * `zone bücher.ch (xn--bcher-kva.ch, product 500001)`.
 */
export function describeTarget(
  endpointId: string,
  params: Record<string, unknown>,
  records: { old?: unknown; sent?: unknown; answer?: unknown },
): string {
  const t = messages.get();
  const prefix = endpointId.split('.')[0] ?? endpointId;
  const kind = KINDS[prefix];
  const fromPath = kind?.param ? firstText(params, [kind.param]) : null;
  const number = kind?.number ? firstText(records.old, [kind.number]) : null;
  const id = fromPath ?? firstText(records.sent, kind?.named) ?? firstText(records.answer, kind?.named);
  const name = firstText(records.old, kind?.label) ?? firstText(records.answer, kind?.label);
  const unicode = kind?.domain && id ? toUnicodeDomain(id) : null;
  const context = [
    ...(unicode && unicode !== id ? [id] : []),
    ...Object.entries(CONTEXT)
      .filter(([param]) => param !== kind?.param && params[param] != null)
      .map(([param, noun]) => `${t[noun]} ${String(params[param])}`),
  ];
  const noun = kind ? t[kind.noun] : prefix;
  const fresh = kind ? (t[NEW_NOUN[kind.noun]] as string) : t.newOther({ kind: prefix });
  const subject =
    number !== null
      ? `${noun}${number}`
      : kind?.number && fromPath !== null
        ? `${noun} #${fromPath}`
        : id
          ? `${noun} ${unicode ?? id}`
          : fresh;
  return [
    subject,
    name && name !== id ? ` · ${name}` : '',
    context.length > 0 ? ` (${context.join(', ')})` : '',
  ].join('');
}
