import { describe, expect, it } from 'vitest';
import { parseDn } from '@/api/domain/distinguished-name';
import type { UserSummary } from '../types';
import {
  describeMember,
  diffMembers,
  groupCandidate,
  memberKey,
  membershipsOf,
  userCandidate,
} from './members';

const TAIL = 'OU=12345678,OU=Customers,DC=4b42,DC=com';

const user = (lastname: string, firstname: string, id = '12345678_1'): UserSummary => ({
  id,
  username: id,
  lastname,
  firstname,
  name: `${lastname}, ${firstname}`,
  upn: `${id}@4b42.com`,
});

describe('member candidates build DNs with RFC 4514 escaping', () => {
  it.each([
    [user('Bühl', 'Kevin'), `CN=Bühl\\, Kevin,OU=Users,${TAIL}`],
    [user('Muster + Partner', 'Max'), `CN=Muster \\+ Partner\\, Max,OU=Users,${TAIL}`],
    [user('"Quote"', 'Q'), `CN=\\"Quote\\"\\, Q,OU=Users,${TAIL}`],
    [user('d’Arcy', 'Zoë'), `CN=d’Arcy\\, Zoë,OU=Users,${TAIL}`],
  ])('%o → %s', (u, dn) => {
    const candidate = userCandidate(u, '12345678');
    expect(candidate.dn).toBe(dn);
    expect(parseDn(candidate.dn)[0]?.value).toBe(u.name);
  });

  it('takes the CN from the DN the API gave, when it gave one', () => {
    const candidate = userCandidate(
      { ...user('X', 'Y'), name: 'Shown Name', dn: `CN=Y X,OU=Users,${TAIL}` },
      '12345678',
    );
    expect(candidate.dn).toBe(`CN=Y X,OU=Users,${TAIL}`);
    expect(candidate.name).toBe('Shown Name');
  });

  it.each([
    ['#Hashtag team', `CN=\\#Hashtag team,OU=Groups,${TAIL}`],
    ['Trailing ', `CN=Trailing\\ ,OU=Groups,${TAIL}`],
    ['Test Group', `CN=Test Group,OU=Groups,${TAIL}`],
  ])('group %j → %s', (name, dn) => {
    expect(groupCandidate({ name, dn: undefined }, '12345678').dn).toBe(dn);
  });
});

describe('memberKey', () => {
  it('treats differently escaped and cased spellings of one DN as the same member', () => {
    const forms = [
      `CN=Bühl\\, Kevin,OU=Users,${TAIL}`,
      `cn=Bühl\\2C Kevin,ou=Users,${TAIL}`,
      `CN=B\\C3\\BChl\\, Kevin, OU=Users, ${TAIL}`,
      `CN=BÜHL\\, KEVIN,OU=USERS,${TAIL}`,
    ];
    expect(new Set(forms.map(memberKey)).size).toBe(1);
    expect(memberKey(`CN=Bühl\\,Kevin,OU=Users,${TAIL}`)).not.toBe(memberKey(forms[0] as string));
  });
});

describe('diffMembers', () => {
  const a = `CN=A,OU=Users,${TAIL}`;
  const b = `CN=B,OU=Users,${TAIL}`;
  const g = `CN=G,OU=Groups,${TAIL}`;
  it('lists what a replacing PUT adds and removes', () => {
    expect(diffMembers([a, b], [b, g])).toEqual({ added: [g], removed: [a] });
    expect(diffMembers([a], [a.replace('CN=A', 'cn=A')])).toEqual({ added: [], removed: [] });
    expect(diffMembers([], [])).toEqual({ added: [], removed: [] });
  });
});

describe('describeMember', () => {
  it('shows name, kind and OU path, and links to the matching object', () => {
    const kevin = userCandidate(user('Bühl', 'Kevin'), '12345678');
    const view = describeMember(`CN=Bühl\\,Kevin,OU=Users,${TAIL}`, new Map([[kevin.key, kevin]]));
    expect(view).toMatchObject({
      name: 'Bühl,Kevin',
      kind: 'user',
      ouPath: ['Customers', '12345678', 'Users'],
    });
    // "Bühl,Kevin" (the docs' spelling, no space) is another CN than "Bühl, Kevin".
    expect(view.candidate).toBeUndefined();
    const same = describeMember(`CN=Bühl\\2C Kevin,OU=Users,${TAIL}`, new Map([[kevin.key, kevin]]));
    expect(same.candidate?.userId).toBe('12345678_1');
  });
});

describe('membershipsOf: the groups a user is in, directly or through a group', () => {
  const kevin = userCandidate(user('Bühl', 'Kevin'), '12345678');
  const groupDn = (name: string) => `CN=${name},OU=Groups,${TAIL}`;
  const group = (name: string, members: string[]) => ({ name, dn: groupDn(name), members });

  it('finds direct groups however the DN was escaped, then the groups holding them, each once', () => {
    const groups = [
      group('Support', [`CN=B\\C3\\BChl\\2C Kevin,OU=Users,${TAIL}`]),
      group('Alle', [groupDn('Support'), groupDn('Technik')]),
      group('Technik', [kevin.dn, groupDn('Alle')]),
      group('Leer', []),
      group('Firma', [groupDn('Alle')]),
    ];
    expect(membershipsOf(new Set([kevin.key]), groups, '12345678')).toEqual([
      { name: 'Support' },
      { name: 'Technik' },
      { name: 'Alle', via: 'Support' },
      { name: 'Firma', via: 'Alle' },
    ]);
  });

  it('finds nothing for a user in no group', () => {
    expect(membershipsOf(new Set([kevin.key]), [group('Leer', [])], '12345678')).toEqual([]);
  });
});
