/** What each kind of record is called, which path param names it, and which field names a new one. */
const KINDS: Readonly<
  Record<string, { noun: string; param?: string; named?: readonly string[]; label?: readonly string[] }>
> = {
  customer: { noun: 'customer', param: 'customerNumber', named: ['name'], label: ['description'] },
  user: { noun: 'user', param: 'userId', named: ['username', 'upn'], label: ['username', 'upn'] },
  group: { noun: 'group', param: 'groupName', named: ['groupName', 'name'] },
  suffix: { noun: 'UPN suffix', param: 'suffix', named: ['suffix'] },
  zone: { noun: 'zone', param: 'zone', named: ['name'] },
  asn: { noun: 'AS', param: 'id', named: ['asn', 'name'] },
  resource: { noun: 'resource', param: 'id', named: ['type'] },
  tunnel: { noun: 'tunnel', named: ['type'] },
  dedicatedServer: { noun: 'server', param: 'id' },
};

/** Path params that say where the record lives, shown after it. */
const CONTEXT: Readonly<Record<string, string>> = { customerNumber: 'customer', productid: 'product' };

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
 * `user jdoe (customer 10000001)`, `zone example.com (product 500001)`, `new customer`.
 */
export function describeTarget(
  endpointId: string,
  params: Record<string, unknown>,
  records: { old?: unknown; sent?: unknown; answer?: unknown },
): string {
  const prefix = endpointId.split('.')[0] ?? endpointId;
  const kind = KINDS[prefix] ?? { noun: prefix };
  const fromPath = kind.param ? firstText(params, [kind.param]) : null;
  const id = fromPath ?? firstText(records.sent, kind.named) ?? firstText(records.answer, kind.named);
  const name = firstText(records.old, kind.label) ?? firstText(records.answer, kind.label);
  const context = Object.entries(CONTEXT)
    .filter(([param]) => param !== kind.param && params[param] != null)
    .map(([param, noun]) => `${noun} ${String(params[param])}`);
  return [
    id ? `${kind.noun} ${id}` : `new ${kind.noun}`,
    name && name !== id ? ` · ${name}` : '',
    context.length > 0 ? ` (${context.join(', ')})` : '',
  ].join('');
}
