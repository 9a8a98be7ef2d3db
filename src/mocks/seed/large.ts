import type { Database, GroupRecord, UserRecord } from '../db/types';
import { addZone } from './infrastructure';
import { FIRST_NAMES, LAST_NAMES, mailLocalPart } from './people';
import { createRandom } from './random';
import { addCustomer, SEED_EPOCH, seedStandard } from './standard';
import { swissUid } from './swiss-uid';

export const LARGE_CUSTOMER_NUMBER = '10000010';
export const LARGE_DNS_PRODUCT = '500099';
export const LARGE_USER_COUNT = 10_000;
export const LARGE_ZONE_COUNT = 2_000;

const DEPARTMENTS = [
  'Private Banking',
  'Retail',
  'Hypotheken',
  'Kredite',
  'Handel',
  'Compliance',
  'Risk',
  'Revision',
  'Finanzen',
  'Controlling',
  'Personal',
  'Recht',
  'Marketing',
  'Kommunikation',
  'IT Betrieb',
  'IT Entwicklung',
  'IT Sicherheit',
  'Logistik',
  'Facility',
  'Kundendienst',
] as const;

const ZONE_WORDS = [
  'alpen',
  'berg',
  'see',
  'tal',
  'firn',
  'gipfel',
  'wald',
  'fluss',
  'stern',
  'sonne',
  'matte',
  'chalet',
  'brugg',
  'rhein',
  'aare',
  'reuss',
  'limmat',
  'saentis',
  'pilatus',
  'rigi',
] as const;
const ZONE_KINDS = [
  'bank',
  'haus',
  'werk',
  'hof',
  'markt',
  'garage',
  'praxis',
  'atelier',
  'bau',
  'tech',
  'shop',
  'reisen',
  'treuhand',
  'immo',
  'kanzlei',
  'media',
  'design',
  'consult',
  'food',
  'sport',
] as const;
const ZONE_TLDS = ['ch', 'com', 'swiss', 'li', 'de', 'at'] as const;

// 7919 is prime and coprime with the name grid, so i → i·7919 mod n visits every pair once:
// distinct names (the directory wants unique CNs) in an order that does not look generated.
function person(i: number): readonly [string, string] {
  const pairs = LAST_NAMES.length * FIRST_NAMES.length;
  const k = (i * 7919) % pairs;
  return [
    LAST_NAMES[k % LAST_NAMES.length] as string,
    FIRST_NAMES[Math.floor(k / LAST_NAMES.length)] as string,
  ];
}

/**
 * The large data set: the standard one plus a bank with 10 000 users (in 20 department groups,
 * all nested in one all-staff group) and a DNS product with 2 000 zones. Plain loops, no
 * per-user parsing, so it builds in well under 200 ms.
 */
export function seedLarge(): Database {
  const db = seedStandard();
  db.dataSet = 'large';
  const random = createRandom(10_000);
  const at = SEED_EPOCH + 100 * 86_400_000;
  addCustomer(
    db,
    {
      number: LARGE_CUSTOMER_NUMBER,
      description: 'Alpenbank Zürich AG',
      street: 'Paradeplatz',
      streetnumber: '8',
      zipcode: '8001',
      city: 'Zürich',
      state: 'ZH',
      country: 'CH',
      telephonenumber: '+41442150000',
      vatid: swissUid('88120457'),
      users: [],
      groups: [],
      suffixes: [{ suffix: 'alpenbank.ch', description: 'Konzern', configured: true }],
    },
    random,
    at,
  );
  if (LAST_NAMES.length * FIRST_NAMES.length < LARGE_USER_COUNT) throw new Error('Name grid too small');

  const upns = new Set<string>();
  const departments: GroupRecord[] = DEPARTMENTS.map((name) => ({
    guid: random.uuid(),
    customer: LARGE_CUSTOMER_NUMBER,
    name,
    members: [],
    created: at,
  }));
  for (let i = 0; i < LARGE_USER_COUNT; i += 1) {
    const [lastname, firstname] = person(i);
    const id = `${LARGE_CUSTOMER_NUMBER}_${i + 1}`;
    // Transliteration folds Zoë and Zoé together: the second one gets its number appended.
    let upn = `${mailLocalPart(firstname, lastname)}@alpenbank.ch`;
    if (upns.has(upn)) upn = `${mailLocalPart(firstname, lastname)}${i + 1}@alpenbank.ch`;
    upns.add(upn);
    const created = at + i * 60_000;
    const user: UserRecord = {
      id,
      customer: LARGE_CUSTOMER_NUMBER,
      lastname,
      firstname,
      upn,
      created,
      modified: created,
    };
    db.users.push(user);
    departments[i % departments.length]?.members.push({ type: 'user', id });
  }
  db.sequences.userByCustomer[LARGE_CUSTOMER_NUMBER] = LARGE_USER_COUNT;
  db.sequences.customer = Number(LARGE_CUSTOMER_NUMBER);
  db.groups.push(...departments, {
    guid: random.uuid(),
    customer: LARGE_CUSTOMER_NUMBER,
    name: 'Alle Mitarbeitenden',
    members: departments.map((d) => ({ type: 'group', guid: d.guid })),
    created: at,
  });

  db.dnsProducts.push({ id: LARGE_DNS_PRODUCT, customer: LARGE_CUSTOMER_NUMBER, name: 'DNS Enterprise' });
  // A zone name exists once across products; bergwerk.ch is already the standard set's.
  const taken = new Set(db.zones.map((z) => z.name));
  let n = 0;
  outer: for (const tld of ZONE_TLDS) {
    for (const word of ZONE_WORDS) {
      for (const kind of ZONE_KINDS) {
        if (n >= LARGE_ZONE_COUNT) break outer;
        const name = `${word}${kind}.${tld}`;
        if (taken.has(name)) continue;
        addZone(db, LARGE_DNS_PRODUCT, name, at + n * 3_600_000, { dnssec: n % 3 === 0 });
        n += 1;
      }
    }
  }
  return db;
}
