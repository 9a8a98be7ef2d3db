import { describe, expect, it } from 'vitest';
import { describeDn } from '@/api/domain/distinguished-name';
import { passwordIssue } from '@/api/domain/password';
import { reloadDatabase } from './db/database';
import { attachStorage } from './db/persistence';
import { getRateLimit, resetDemoData, setDataSet } from './demo-controls';
import { reloadBuckets } from './rate-limit-bucket';
import { LARGE_CUSTOMER_NUMBER, LARGE_DNS_PRODUCT } from './seed/large';
import { call } from './test-helpers';

const C = '10000001';

interface User {
  id: string;
  name: string;
  dn: string;
}

async function users(customerNumber = C): Promise<User[]> {
  return (await call('user.list', { params: { customerNumber } })).body as User[];
}

async function group(groupName: string): Promise<{ members: string[]; dn: string }> {
  return (await call('group.get', { params: { customerNumber: C, groupName } })).body as never;
}

describe('state', () => {
  it('create → list shows it → delete → gone', async () => {
    const created = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Muster', firstname: 'Andrea', upn: 'andrea.muster@bergwerk.ch' },
    });
    expect(created.body).toMatchObject({
      name: 'Muster, Andrea',
      displayname: 'Muster, Andrea',
      username: `${C}_11`,
      customernumber: C,
      passwordNeverExpires: true,
    });
    expect((await users()).map((u) => u.id)).toContain(`${C}_11`);
    const detail = await call('user.get', { params: { userId: `${C}_11` } });
    expect(detail.body).toMatchObject({
      upn: 'andrea.muster@bergwerk.ch',
      dn: expect.stringContaining('CN=Muster\\, Andrea'),
    });
    expect((await call('user.delete', { params: { userId: `${C}_11` } })).body).toBe(true);
    expect((await users()).map((u) => u.id)).not.toContain(`${C}_11`);
    expect((await call('user.get', { params: { userId: `${C}_11` } })).status).toBe(404);
  });

  it('generates a strong password when none is sent, and returns the one sent', async () => {
    const generated = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Ohne', firstname: 'Passwort' },
    });
    const password = (generated.body as { password: string }).password;
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(passwordIssue(password)).toBeNull();
    const given = await call('user.create', {
      params: { customerNumber: C },
      body: { lastname: 'Mit', firstname: 'Passwort', password: 'Sommer-2025-Zürich!' },
    });
    expect(given.body).toMatchObject({ password: 'Sommer-2025-Zürich!', upn: `${C}_12@4b42.com` });
  });

  it('seeded users have umlauts, commas escaped in DNs and ids <customer>_<n>', async () => {
    const list = await users();
    expect(list.map((u) => u.name)).toEqual(
      expect.arrayContaining(['Bühl, Kevin', 'Müller, Jürg', 'd’Arcy, Zoë']),
    );
    for (const user of list) {
      expect(user.id).toMatch(new RegExp(`^${C}_\\d+$`));
      expect(describeDn(user.dn)).toMatchObject({ name: user.name, kind: 'user', customerNumber: C });
    }
  });

  it('group members are DNs of existing users and groups of the same customer', async () => {
    const userDns = new Set((await users()).map((u) => u.dn));
    const groups = (await call('group.list', { params: { customerNumber: C } })).body as Array<{
      name: string;
      dn: string;
    }>;
    const groupDns = new Set(groups.map((g) => g.dn));
    let users_ = 0;
    let nested = 0;
    for (const { name } of groups) {
      for (const member of (await group(name)).members) {
        const kind = describeDn(member).kind;
        if (kind === 'user') users_ += 1;
        if (kind === 'group') nested += 1;
        expect(kind === 'user' ? userDns.has(member) : groupDns.has(member)).toBe(true);
      }
    }
    expect(users_).toBeGreaterThan(5);
    expect(nested).toBeGreaterThan(0);
  });

  it('renaming a user updates its DN in its groups; deleting removes it', async () => {
    const before = (await group('Entwicklung')).members;
    expect(before).toContain('CN=Bühl\\, Kevin,OU=Users,OU=10000001,OU=Customers,DC=4b42,DC=com');
    await call('user.update', { params: { userId: `${C}_1` }, body: { lastname: 'Bühl-Meier' } });
    const after = (await group('Entwicklung')).members;
    expect(after).toContain('CN=Bühl-Meier\\, Kevin,OU=Users,OU=10000001,OU=Customers,DC=4b42,DC=com');
    expect(after).not.toContain(before[0]);
    await call('user.delete', { params: { userId: `${C}_1` } });
    expect((await group('Entwicklung')).members).toHaveLength(before.length - 1);
  });

  it('PUT group replaces the members; deleting a group removes it from its parents', async () => {
    const { members } = await group('Support');
    const updated = await call('group.update', {
      params: { customerNumber: C, groupName: 'Support' },
      body: { members: [members[0], members[0], (await group('Externe Partner')).dn] },
    });
    expect((updated.body as { members: string[] }).members).toHaveLength(2);
    await call('group.delete', { params: { customerNumber: C, groupName: 'Support' } });
    const all = (await group('Alle Mitarbeitenden')).members;
    expect(all.some((dn) => dn.startsWith('CN=Support,'))).toBe(false);
  });

  it('customers, suffixes and zones: create, list, update, delete', async () => {
    const created = await call('customer.create', {
      body: {
        description: 'Seeblick Bau AG',
        country: 'CH',
        city: 'Luzern',
        zipcode: '6004',
        telephonenumber: '+41 41 123 45 67',
      },
    });
    expect(created.body).toMatchObject({ name: '10000010', telephonenumber: '+41411234567', mobile: null });
    const list = (await call('customer.list')).body as Array<{ name: string }>;
    expect(list.map((c) => c.name)).toContain('10000010');

    await call('suffix.create', { params: { customerNumber: C }, body: { suffix: 'Bücher.ch' } });
    const suffixes = (await call('suffix.list', { params: { customerNumber: C } })).body as Array<{
      suffix: string;
    }>;
    expect(suffixes.map((s) => s.suffix)).toContain('xn--bcher-kva.ch');
    await call('suffix.delete', { params: { customerNumber: C, suffix: 'xn--bcher-kva.ch' } });
    const again = (await call('suffix.list', { params: { customerNumber: C } })).body as Array<{
      suffix: string;
    }>;
    expect(again.map((s) => s.suffix)).not.toContain('xn--bcher-kva.ch');

    const zone = await call('zone.createForProduct', {
      params: { productid: '500004' },
      body: { name: 'schwarzwald.example' },
    });
    expect(zone.body).toMatchObject({
      id: 'schwarzwald.example',
      hostmaster: 'hostmaster.schwarzwald.example',
      ttl: '172800',
    });
    const serial = (zone.body as { serial: string }).serial;
    const params = { productid: '500004', zone: 'schwarzwald.example' };
    const changed = await call('zone.update', { params, body: { ttl: '3600', dnssec: true } });
    expect(changed.body).toEqual({ ttl: '3600', dnssec: '1' });
    const read = (await call('zone.get', { params })).body as { serial: string; ttl: string };
    expect(read.ttl).toBe('3600');
    expect(Number(read.serial)).toBe(Number(serial) + 1);
    await call('zone.delete', { params });
    expect((await call('zone.get', { params })).status).toBe(404);
  });

  it('resetDemoData brings the seed back', async () => {
    await call('user.delete', { params: { userId: `${C}_1` } });
    resetDemoData();
    expect((await users()).map((u) => u.id)).toContain(`${C}_1`);
  });
});

describe('persistence', () => {
  it('a write survives re-loading the database from storage, and so do the buckets', async () => {
    attachStorage(localStorage);
    resetDemoData();
    await call('group.create', { params: { customerNumber: C }, body: { groupName: 'Persistiert' } });
    // A page reload: everything in memory is gone, storage is read again.
    reloadDatabase();
    reloadBuckets();
    const groups = (await call('group.list', { params: { customerNumber: C } })).body as Array<{
      name: string;
    }>;
    expect(groups.map((g) => g.name)).toContain('Persistiert');
    expect(getRateLimit('operator').remaining).toBeLessThanOrEqual(3598);
    expect(Object.keys(localStorage).some((k) => k.startsWith('4b42.demo-api.v1'))).toBe(true);
  });

  it('keeps the data-set choice across a reload', async () => {
    attachStorage(localStorage);
    setDataSet('large');
    reloadDatabase();
    const { body } = await call('customer.get', { params: { customerNumber: LARGE_CUSTOMER_NUMBER } });
    expect(body).toMatchObject({ description: 'Alpenbank Zürich AG' });
  });

  it('when the large data set exceeds the quota, keeps the choice and regenerates it', async () => {
    const items = new Map<string, string>();
    // A 1 MB quota, like a browser's ~5 MB one that the large set does not fit.
    const tiny: Storage = {
      get length() {
        return items.size;
      },
      clear: () => items.clear(),
      getItem: (key) => items.get(key) ?? null,
      key: (index) => [...items.keys()][index] ?? null,
      removeItem: (key) => void items.delete(key),
      setItem: (key, value) => {
        if (value.length > 1_000_000) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        items.set(key, value);
      },
    };
    attachStorage(tiny);
    setDataSet('large');
    expect((await users(LARGE_CUSTOMER_NUMBER)).length).toBe(10_000);
    expect(items.get('4b42.demo-api.v1.db')).toBeUndefined();
    expect(items.get('4b42.demo-api.v1.data-set')).toBe('"large"');
    reloadDatabase();
    expect((await users(LARGE_CUSTOMER_NUMBER)).length).toBe(10_000);
  });

  it('without storage (tests) nothing is written', async () => {
    await call('group.create', { params: { customerNumber: C }, body: { groupName: 'Flüchtig' } });
    expect(localStorage.length).toBe(0);
  });
});

describe('the large data set', () => {
  it('has a customer with 10 000 users and a DNS product with 2 000 zones', async () => {
    setDataSet('large');
    expect(await users(LARGE_CUSTOMER_NUMBER)).toHaveLength(10_000);
    const zones = await call('zone.list', { params: { productid: LARGE_DNS_PRODUCT } });
    expect(zones.body).toHaveLength(2_000);
    // The standard data is still there.
    expect((await users()).length).toBeGreaterThanOrEqual(10);
  });
});
