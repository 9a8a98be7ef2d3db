import { toAsciiDomain } from '@/api/domain/domain-name';
import { displayName } from '../db/display-name';
import type { CustomerRecord, Database, GroupRecord, SuffixRecord, UserRecord } from '../db/types';
import { DEMO_CUSTOMER_NUMBER } from '../demo-keys';
import { addInfrastructure } from './infrastructure';
import { mailLocalPart } from './people';
import { createRandom, type Random } from './random';
import { swissUid } from './swiss-uid';

/** The docs' `created` date; every seeded timestamp counts from here, so seeds are deterministic. */
export const SEED_EPOCH = Date.UTC(2024, 2, 24, 10, 4, 7);
const DAY = 86_400_000;

type Person = readonly [lastname: string, firstname: string];

interface GroupSeed {
  name: string;
  /** "Lastname, Firstname" of a user, or `@Group name` for a nested group of the same customer. */
  members: string[];
}

interface CustomerSeed extends Omit<CustomerRecord, 'guid' | 'created' | 'modified'> {
  users: Person[];
  /** Users get `<first>.<last>@<mailDomain>` as UPN; without it the default `<id>@4b42.com`. */
  mailDomain?: string;
  /** The docs' example user is 12345678_1234: numbering may start anywhere. */
  firstUser?: number;
  groups: GroupSeed[];
  suffixes: Array<Pick<SuffixRecord, 'suffix' | 'description' | 'configured'>>;
}

const CUSTOMERS: CustomerSeed[] = [
  {
    number: DEMO_CUSTOMER_NUMBER,
    description: 'Bergwerk Digital AG',
    street: 'Bahnhofstrasse',
    streetnumber: '42',
    zipcode: '8001',
    city: 'Zürich',
    state: 'ZH',
    country: 'CH',
    telephonenumber: '+41442345678',
    mobile: '+41791234567',
    vatid: swissUid('10693847'),
    mailDomain: 'bergwerk.ch',
    users: [
      ['Bühl', 'Kevin'],
      ['Müller', 'Jürg'],
      ['d’Arcy', 'Zoë'],
      ['Rüegg', 'Anna-Lena'],
      ['Favre', 'Jean-Luc'],
      ['Bernasconi', 'Chiara'],
      ['Hürlimann', 'Beat'],
      ['Nguyen', 'Thi Mai'],
      ['O’Neill', 'Siobhán'],
      ['Schmid', 'Lea'],
    ],
    groups: [
      { name: 'Geschäftsleitung', members: ['Müller, Jürg', 'Hürlimann, Beat'] },
      {
        name: 'Entwicklung',
        members: ['Bühl, Kevin', 'd’Arcy, Zoë', 'Nguyen, Thi Mai', 'Favre, Jean-Luc'],
      },
      { name: 'Support', members: ['Rüegg, Anna-Lena', 'Bernasconi, Chiara', 'Schmid, Lea'] },
      {
        name: 'Alle Mitarbeitenden',
        members: ['@Geschäftsleitung', '@Entwicklung', '@Support', 'O’Neill, Siobhán'],
      },
      { name: 'Externe Partner', members: [] },
    ],
    suffixes: [
      { suffix: 'bergwerk.ch', description: 'Hauptdomain', configured: true },
      { suffix: 'bergwerk-digital.com', description: 'International', configured: true },
      { suffix: toAsciiDomain('zürich-bergwerk.ch'), description: 'IDN-Domain', configured: false },
    ],
  },
  {
    number: '10000002',
    description: 'Aareblick Treuhand GmbH',
    street: 'Kramgasse',
    streetnumber: '12',
    zipcode: '3011',
    city: 'Bern',
    state: 'BE',
    country: 'CH',
    telephonenumber: '+41313112233',
    vatid: swissUid('21457603'),
    // Long-running mandates: the provider protects this account against deletion.
    status: 'protected',
    mailDomain: 'aareblick.ch',
    users: [
      ['Zürcher', 'Priska'],
      ['Gerber', 'Hansruedi'],
    ],
    groups: [{ name: 'Treuhand', members: ['Zürcher, Priska', 'Gerber, Hansruedi'] }],
    suffixes: [{ suffix: 'aareblick.ch', description: 'Kanzlei', configured: true }],
  },
  {
    number: '10000003',
    description: 'Rheinhafen Logistik AG',
    street: 'Westquaistrasse',
    streetnumber: '5',
    zipcode: '4057',
    city: 'Basel',
    state: 'BS',
    country: 'CH',
    telephonenumber: '+41616390011',
    mobile: '+41785550123',
    vatid: swissUid('30981256'),
    users: [
      ['Meier-Schäfer', 'Dominik'],
      ['Oberholzer', 'Ursula'],
      ['Çelik', 'Emre'],
    ],
    groups: [{ name: 'Disposition', members: ['Meier-Schäfer, Dominik', 'Çelik, Emre'] }],
    suffixes: [],
  },
  {
    number: '10000004',
    description: 'Léman Horlogerie SA',
    street: 'Rue du Rhône',
    streetnumber: '65',
    zipcode: '1204',
    city: 'Genève',
    state: 'GE',
    country: 'CH',
    telephonenumber: '+41223104050',
    vatid: swissUid('41120938'),
    mailDomain: 'leman-horlogerie.ch',
    users: [
      ['Dufour', 'Amélie'],
      ['Rochat', 'François'],
      ['de Montmollin', 'Hélène'],
    ],
    groups: [
      { name: 'Atelier', members: ['Rochat, François'] },
      { name: 'Direction', members: ['Dufour, Amélie', 'de Montmollin, Hélène', '@Atelier'] },
    ],
    suffixes: [{ suffix: 'leman-horlogerie.ch', description: 'Domaine principal', configured: true }],
  },
  {
    number: '10000005',
    description: 'Ceresio Informatica SA',
    street: 'Via Nassa',
    streetnumber: '21',
    zipcode: '6900',
    city: 'Lugano',
    state: 'TI',
    country: 'CH',
    telephonenumber: '+41919227788',
    vatid: swissUid('52306714'),
    users: [
      ['Bernasconi', 'Luca'],
      ['Pedrazzini', 'Giulia'],
    ],
    groups: [{ name: 'Sviluppo', members: ['Bernasconi, Luca', 'Pedrazzini, Giulia'] }],
    suffixes: [{ suffix: 'ceresio.ch', description: 'Dominio', configured: true }],
  },
  {
    number: '10000006',
    description: 'Gallus Textil AG',
    street: 'Multergasse',
    streetnumber: '8',
    zipcode: '9000',
    city: 'St. Gallen',
    state: 'SG',
    country: 'CH',
    telephonenumber: '+41712228899',
    vatid: swissUid('60714485'),
    // A migration is running on this account: every change answers 409 locked.
    status: 'locked',
    users: [
      ['Baumgartner', 'Urs'],
      ['Künzle', 'Regula'],
    ],
    groups: [{ name: 'Stickerei', members: ['Künzle, Regula'] }],
    suffixes: [],
  },
  {
    number: '10000007',
    description: 'Schwarzwald Hosting GmbH',
    street: 'Kaiser-Joseph-Straße',
    streetnumber: '240',
    zipcode: '79098',
    city: 'Freiburg im Breisgau',
    state: 'Baden-Württemberg',
    country: 'DE',
    telephonenumber: '+497612024400',
    vatid: 'DE811234567',
    mailDomain: 'schwarzwald-hosting.de',
    users: [
      ['Weiß', 'Jörg'],
      ['Fischer', 'Katrin'],
    ],
    groups: [{ name: 'Technik', members: ['Weiß, Jörg', 'Fischer, Katrin'] }],
    suffixes: [{ suffix: 'schwarzwald-hosting.de', description: 'Firmendomain', configured: true }],
  },
  {
    number: '10000008',
    description: 'Donau Media GmbH',
    street: 'Praterstraße',
    streetnumber: '17',
    zipcode: '1020',
    city: 'Wien',
    state: 'Wien',
    country: 'AT',
    telephonenumber: '+4312145566',
    vatid: 'ATU62345678',
    users: [
      ['Gruber', 'Theresia'],
      ['Hofer', 'Maximilian'],
    ],
    groups: [],
    suffixes: [],
  },
  {
    // A private person: the description carries last and first name (documented).
    number: '10000009',
    description: 'Keller Anna',
    street: 'Marktgasse',
    streetnumber: '3',
    zipcode: '8400',
    city: 'Winterthur',
    state: 'ZH',
    country: 'CH',
    mobile: '+41765551234',
    users: [['Keller', 'Anna']],
    groups: [],
    suffixes: [],
  },
  {
    // The docs' example customer, so their example requests work in the explorer.
    number: '12345678',
    description: 'Example Inc.',
    street: 'Samplestreet',
    streetnumber: '123',
    zipcode: '6300',
    city: 'Zug',
    state: 'ZG',
    country: 'CH',
    telephonenumber: '+41412345789',
    vatid: swissUid('12345678'),
    firstUser: 1234,
    users: [
      ['Bühl', 'Kevin'],
      ['Mustermann', 'Max'],
    ],
    groups: [{ name: 'Test Group', members: ['Bühl, Kevin'] }],
    suffixes: [{ suffix: 'example.com', description: 'Example Suffix', configured: true }],
  },
];

function emptyDatabase(): Database {
  return {
    dataSet: 'standard',
    customers: [],
    users: [],
    groups: [],
    suffixes: [],
    dnsProducts: [],
    zones: [],
    virtualServers: [],
    dedicatedServers: [],
    resources: [],
    autonomousSystems: [],
    tunnels: [],
    abuse: [],
    sequences: {
      customer: 10_000_009,
      userByCustomer: {},
      suffix: 0,
      zone: 0,
      resource: 700_003,
      asn: 65_540,
      asId: 3,
      tunnel: 1,
    },
  };
}

/** Adds a customer with its directory; shared with the large data set. */
export function addCustomer(db: Database, seed: CustomerSeed, random: Random, at: number): void {
  const { users, mailDomain, firstUser = 1, groups, suffixes, ...fields } = seed;
  db.customers.push({ ...fields, guid: random.uuid(), created: at, modified: at });
  const byName = new Map<string, UserRecord>();
  users.forEach(([lastname, firstname], i) => {
    const id = `${seed.number}_${firstUser + i}`;
    const upn = mailDomain ? `${mailLocalPart(firstname, lastname)}@${mailDomain}` : `${id}@4b42.com`;
    const user: UserRecord = {
      id,
      customer: seed.number,
      lastname,
      firstname,
      upn,
      created: at,
      modified: at,
    };
    db.users.push(user);
    byName.set(displayName(user), user);
  });
  db.sequences.userByCustomer[seed.number] = firstUser + users.length - 1;
  const groupGuids = new Map<string, string>();
  for (const group of groups) groupGuids.set(group.name, random.uuid());
  for (const group of groups) {
    const record: GroupRecord = {
      guid: groupGuids.get(group.name) as string,
      customer: seed.number,
      name: group.name,
      created: at,
      members: group.members.map((member) => {
        if (member.startsWith('@')) return { type: 'group', guid: groupGuids.get(member.slice(1)) as string };
        const user = byName.get(member);
        if (!user) throw new Error(`Seed: no user ${member} in ${seed.number}`);
        return { type: 'user', id: user.id };
      }),
    };
    db.groups.push(record);
  }
  for (const suffix of suffixes) {
    db.sequences.suffix += 1;
    db.suffixes.push({ ...suffix, id: db.sequences.suffix, customer: seed.number, uid: 1, created: at });
  }
}

/** The standard data set: small enough to read, wide enough to show every case. */
export function seedStandard(): Database {
  const db = emptyDatabase();
  const random = createRandom(4242);
  CUSTOMERS.forEach((seed, i) => {
    addCustomer(db, seed, random, SEED_EPOCH + i * 7 * DAY);
  });
  addInfrastructure(db, SEED_EPOCH);
  return db;
}

export type { CustomerSeed };
