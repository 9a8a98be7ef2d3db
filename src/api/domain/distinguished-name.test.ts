import { describe, expect, it } from 'vitest';
import {
  buildMemberDn,
  describeDn,
  escapeDnValue,
  formatDn,
  parseDn,
  unescapeDnValue,
} from './distinguished-name';

const TAIL = 'OU=12345678,OU=Customers,DC=4b42,DC=com';

const ESCAPES: [name: string, escaped: string][] = [
  ['Bühl, Kevin', 'Bühl\\, Kevin'],
  ['Bühl,Kevin', 'Bühl\\,Kevin'],
  ['R&D + Sales', 'R&D \\+ Sales'],
  ['The "Team"', 'The \\"Team\\"'],
  ['#hashtag', '\\#hashtag'],
  ['in#side', 'in#side'],
  ['trailing ', 'trailing\\ '],
  [' leading', '\\ leading'],
  [' ', '\\ '],
  ['  ', '\\ \\ '],
  ['Müller Jürg', 'Müller Jürg'],
  ['back\\slash', 'back\\\\slash'],
  ['a<b>c', 'a\\<b\\>c'],
  ['semi;colon', 'semi\\;colon'],
  ['x=y', 'x\\=y'],
  ['nul\0byte', 'nul\\00byte'],
  ['Test Group', 'Test Group'],
  ['', ''],
];

describe('escapeDnValue / unescapeDnValue', () => {
  it.each(ESCAPES)('%j ⇄ %j', (name, escaped) => {
    expect(escapeDnValue(name)).toBe(escaped);
    expect(unescapeDnValue(escaped)).toBe(name);
  });

  it.each([
    ['B\\C3\\BChl', 'Bühl'],
    ['B\\c3\\bchl', 'Bühl'],
    ['\\23x', '#x'],
    ['a\\2Cb', 'a,b'],
    ['end\\20', 'end '],
    ['\\E2\\82\\AC 5', '€ 5'],
    ['over\\-escaped', 'over-escaped'],
    ['\\41\\42C', 'ABC'],
  ])('decodes %j as %j', (escaped, value) => {
    expect(unescapeDnValue(escaped)).toBe(value);
  });
});

describe('buildMemberDn', () => {
  it('matches the API docs examples', () => {
    expect(buildMemberDn('user', 'Bühl, Kevin', '12345678')).toBe(
      'CN=Bühl\\, Kevin,OU=Users,OU=12345678,OU=Customers,DC=4b42,DC=com',
    );
    expect(buildMemberDn('group', 'Test Group', '12345678')).toBe(
      'CN=Test Group,OU=Groups,OU=12345678,OU=Customers,DC=4b42,DC=com',
    );
  });

  it.each(ESCAPES.filter(([name]) => name !== ''))('parse(build(%j)) gives the name back', (name) => {
    for (const kind of ['user', 'group'] as const) {
      const rdns = parseDn(buildMemberDn(kind, name, '12345678'));
      expect(rdns[0]).toEqual({ type: 'CN', value: name });
      expect(rdns).toHaveLength(6);
      expect(describeDn(buildMemberDn(kind, name, '12345678'))).toEqual({
        name,
        kind,
        ouPath: ['Customers', '12345678', kind === 'user' ? 'Users' : 'Groups'],
        customerNumber: '12345678',
      });
    }
  });
});

describe('parseDn', () => {
  it('parses the docs user example', () => {
    expect(parseDn(`CN=Bühl\\, Kevin,OU=Users,${TAIL}`)).toEqual([
      { type: 'CN', value: 'Bühl, Kevin' },
      { type: 'OU', value: 'Users' },
      { type: 'OU', value: '12345678' },
      { type: 'OU', value: 'Customers' },
      { type: 'DC', value: '4b42' },
      { type: 'DC', value: 'com' },
    ]);
  });

  it('parses the docs example written as "CN=B\\u00fchl\\\\,Kevin" (no space)', () => {
    const dn = `CN=B\u00fchl\\,Kevin,OU=Users,${TAIL}`;
    expect(dn.startsWith('CN=Bühl\\,Kevin,')).toBe(true);
    expect(parseDn(dn)[0]).toEqual({ type: 'CN', value: 'Bühl,Kevin' });
  });

  it('parses the docs group example', () => {
    expect(parseDn(`CN=Test Group,OU=Groups,${TAIL}`).slice(0, 2)).toEqual([
      { type: 'CN', value: 'Test Group' },
      { type: 'OU', value: 'Groups' },
    ]);
  });

  it.each([
    ['CN=B\\C3\\BChl\\2C Kevin,OU=Users', 'Bühl, Kevin'],
    ['CN = Test Group , OU = Groups', 'Test Group'],
    ['CN=trailing\\ , OU=Users', 'trailing '],
    ['CN=\\ leading,OU=Users', ' leading'],
    ['CN=back\\\\,OU=Users', 'back\\'],
    ['CN=\\#tag,OU=Users', '#tag'],
    ['cn=lower,ou=Users', 'lower'],
  ])('%j → first value %j', (dn, value) => {
    expect(parseDn(dn)[0]?.value).toBe(value);
    expect(parseDn(dn)[1]?.value).toBe(dn.includes('Groups') ? 'Groups' : 'Users');
  });

  it('returns nothing for an empty DN and throws on garbage', () => {
    expect(parseDn('')).toEqual([]);
    expect(() => parseDn('not a dn')).toThrow(/Not a distinguished name/);
    expect(() => parseDn('CN=a,,OU=b')).toThrow();
  });
});

describe('formatDn', () => {
  it('escapes every value and round-trips through parseDn', () => {
    const rdns = [
      { type: 'CN', value: ' Bühl, Kevin; "K" ' },
      { type: 'OU', value: 'Users' },
    ];
    const dn = formatDn(rdns);
    expect(dn).toBe('CN=\\ Bühl\\, Kevin\\; \\"K\\"\\ ,OU=Users');
    expect(parseDn(dn)).toEqual(rdns);
  });
});

describe('describeDn', () => {
  it.each([
    [
      `CN=B\u00fchl\\,Kevin,OU=Users,${TAIL}`,
      {
        name: 'Bühl,Kevin',
        kind: 'user',
        ouPath: ['Customers', '12345678', 'Users'],
        customerNumber: '12345678',
      },
    ],
    [
      `CN=Test Group,OU=Groups,${TAIL}`,
      {
        name: 'Test Group',
        kind: 'group',
        ouPath: ['Customers', '12345678', 'Groups'],
        customerNumber: '12345678',
      },
    ],
    ['CN=Domain Admins,CN=Users,DC=4b42,DC=com', { name: 'Domain Admins', kind: 'other', ouPath: [] }],
    [
      'CN=Someone,OU=Staff,OU=Zurich,DC=example,DC=com',
      { name: 'Someone', kind: 'other', ouPath: ['Zurich', 'Staff'] },
    ],
    ['not a dn', { name: 'not a dn', kind: 'other', ouPath: [] }],
  ])('%j', (dn, expected) => {
    expect(describeDn(dn)).toEqual(expected);
  });
});

describe('a name with every special at once', () => {
  it('escapes, parses and describes back to the same name', () => {
    const name = '#Bühl, "K" + Co; <Zürich> = ok ';
    const dn = buildMemberDn('user', name, '12345678');
    expect(dn).toBe(
      'CN=\\#Bühl\\, \\"K\\" \\+ Co\\; \\<Zürich\\> \\= ok\\ ,OU=Users,OU=12345678,OU=Customers,DC=4b42,DC=com',
    );
    expect(parseDn(dn)[0]).toEqual({ type: 'CN', value: name });
    expect(describeDn(dn)).toMatchObject({ name, kind: 'user', customerNumber: '12345678' });
  });
});
