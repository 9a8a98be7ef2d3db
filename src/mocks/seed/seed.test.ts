import { describe, expect, it } from 'vitest';
import { e164Phone } from '@/api/domain/phone';
import { uidChecksumValid, vatId } from '@/api/domain/vat';
import { zipCodeIssue } from '@/api/domain/zip-code';
import { displayName } from '../db/display-name';
import { DEMO_CUSTOMER_NUMBER } from '../demo-keys';
import { LARGE_CUSTOMER_NUMBER, seedLarge } from './large';
import { FIRST_NAMES, LAST_NAMES } from './people';
import { seedStandard } from './standard';

describe('seed data', () => {
  const db = seedStandard();

  it('is deterministic', () => {
    expect(JSON.stringify(seedStandard())).toBe(JSON.stringify(db));
  });

  it('has Swiss, German and Austrian customers with valid addresses, phones and VAT numbers', () => {
    const cities = db.customers.map((c) => c.city);
    for (const city of ['Zürich', 'Bern', 'Basel', 'Genève', 'Lugano', 'St. Gallen'])
      expect(cities).toContain(city);
    expect(db.customers.map((c) => c.country)).toEqual(expect.arrayContaining(['CH', 'DE', 'AT']));
    expect(db.customers.map((c) => c.number)).toContain(DEMO_CUSTOMER_NUMBER);
    for (const c of db.customers) {
      if (c.zipcode) expect(zipCodeIssue(c.country, c.zipcode)).toBeNull();
      for (const phone of [c.telephonenumber, c.mobile]) {
        if (phone) expect(e164Phone.parse(phone)).toBe(phone);
      }
      if (c.vatid) {
        expect(vatId.parse(c.vatid)).toBe(c.vatid);
        expect(uidChecksumValid(c.vatid)).toBe(true);
      }
    }
    expect(db.customers.filter((c) => c.vatid?.endsWith(' MWST')).length).toBeGreaterThanOrEqual(6);
    expect(db.customers.some((c) => c.status === 'protected')).toBe(true);
    expect(db.customers.some((c) => c.status === 'locked')).toBe(true);
  });

  it('has unique user names per customer and unique UPNs', () => {
    const names = db.users.map((u) => `${u.customer}/${displayName(u)}`);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(db.users.map((u) => u.upn.toLowerCase())).size).toBe(db.users.length);
  });

  it('has a 100 × 100 name grid without duplicates', () => {
    expect(LAST_NAMES).toHaveLength(100);
    expect(FIRST_NAMES).toHaveLength(100);
    expect(new Set(LAST_NAMES).size).toBe(100);
    expect(new Set(FIRST_NAMES).size).toBe(100);
  });

  // How fast it builds is measured by `npm run bench` (the demo's first page), not by a timed test.
  it('builds the large data set with unique names and UPNs', () => {
    const large = seedLarge();
    const users = large.users.filter((u) => u.customer === LARGE_CUSTOMER_NUMBER);
    expect(users).toHaveLength(10_000);
    expect(new Set(users.map(displayName)).size).toBe(10_000);
    expect(new Set(large.users.map((u) => u.upn)).size).toBe(large.users.length);
    expect(new Set(large.zones.map((z) => z.name)).size).toBe(large.zones.length);
  });
});
