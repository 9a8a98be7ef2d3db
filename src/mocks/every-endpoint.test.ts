import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type EndpointId, endpoint } from '@/api/catalogue';
import { buildMemberDn } from '@/api/domain/distinguished-name';
import { call } from './test-helpers';

interface Sample {
  params?: Record<string, string>;
  body?: Record<string, unknown>;
}

const customerFields = { description: 'Kontakt Netzwerk', country: 'CH', city: 'Zürich', zipcode: '8004' };

/** One valid operator request per catalogue endpoint; the type makes a missing one a compile error. */
const SAMPLES: Record<EndpointId, Sample> = {
  'customer.list': {},
  'customer.get': { params: { customerNumber: '10000001' } },
  'customer.create': {
    body: {
      description: 'Neue Kundin AG',
      country: 'CH',
      street: 'Seefeldstrasse',
      streetnumber: '7',
      zipcode: '8008',
    },
  },
  'customer.update': {
    params: { customerNumber: '10000003' },
    body: { description: 'Rheinhafen Logistik AG', country: 'CH', city: 'Basel', zipcode: '4057' },
  },
  'customer.delete': { params: { customerNumber: '10000009' } },
  'group.list': { params: { customerNumber: '10000001' } },
  'group.get': { params: { customerNumber: '10000001', groupName: 'Entwicklung' } },
  'group.create': { params: { customerNumber: '10000001' }, body: { groupName: 'Billing' } },
  'group.update': {
    params: { customerNumber: '10000001', groupName: 'Support' },
    body: { members: [buildMemberDn('user', 'Schmid, Lea', '10000001')] },
  },
  'group.delete': { params: { customerNumber: '10000001', groupName: 'Externe Partner' } },
  'suffix.list': { params: { customerNumber: '10000001' } },
  'suffix.create': { params: { customerNumber: '10000001' }, body: { suffix: '4b42.local' } },
  'suffix.delete': { params: { customerNumber: '10000001', suffix: 'bergwerk-digital.com' } },
  'user.list': { params: { customerNumber: '10000001' } },
  'user.get': { params: { userId: '10000001_1' } },
  'user.create': {
    params: { customerNumber: '10000001' },
    body: { lastname: 'Muster', firstname: 'Andrea' },
  },
  'user.update': { params: { userId: '10000001_2' }, body: { firstname: 'Jürg Peter' } },
  'user.delete': { params: { userId: '10000001_10' } },
  'zone.list': { params: { productid: '500001' } },
  'zone.get': { params: { productid: '500002', zone: '4b42.com' } },
  'zone.create': { body: { name: 'example.org', hostmaster: 'hostmaster.example.org' } },
  'zone.createForProduct': { params: { productid: '500002' }, body: { name: 'example.net' } },
  'zone.update': { params: { productid: '500002', zone: '4b42.com' }, body: { ttl: 3600 } },
  'zone.delete': { params: { productid: '500002', zone: '4b42.local' } },
  'virtualServer.list': {},
  'virtualServer.get': { params: { pid: '300101' } },
  'virtualServer.ticket': { params: { pid: '300101' } },
  'dedicatedServer.configureIpmi': { params: { id: '400201' } },
  'exchange.list': {},
  'resource.create': { body: { type: 'XC' } },
  'resource.update': { params: { id: '700001' }, body: customerFields },
  'asn.list': {},
  'asn.pricing': {},
  'asn.create': { body: { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS' } },
  'asn.update': { params: { id: '2' }, body: customerFields },
  'asn.delete': { params: { id: '3' } },
  'ipv4.available': {},
  'tunnel.createLayer2': { body: { type: 'vxlan', endpoint: '193.33.95.21', exchange: 1 } },
  'abuse.list': { params: { resource: '193.33.95.20' } },
  'abuse.report': { params: { resource: '193.33.95.20' } },
  'ssh.check': { params: { host: '193.33.95.1' } },
  'movie.get': { params: { name: 'Avatar' } },
  'movie.poster': { params: { name: 'Avatar' } },
};

describe('every catalogue endpoint', () => {
  it('has a sample here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(ENDPOINTS.map((e) => e.id).sort());
    expect(ENDPOINTS).toHaveLength(43);
  });

  it.each(ENDPOINTS.map((e) => [e.id, e] as const))(
    '%s answers an operator with its documented shape',
    async (id) => {
      const sample = SAMPLES[id];
      const def = endpoint(id);
      // The samples are what the console's own forms would send.
      if (def.body) expect(def.body.safeParse(sample.body ?? {}).success).toBe(true);
      expect(def.params.safeParse(sample.params ?? {}).success).toBe(true);

      const result = await call(id, { params: sample.params, body: sample.body });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      expect(result.headers.get('RateLimit-Limit')).toBe('3600');
      expect(result.headers.get('RateLimit-Remaining')).toMatch(/^\d+$/);

      let value: unknown = result.body;
      if (def.responseKind === 'pdf') {
        expect(result.headers.get('Content-Type')).toBe('application/pdf');
        const bytes = new Uint8Array(await result.response.arrayBuffer());
        expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.4');
        // jsdom's Blob: the one the catalogue's `z.instanceof(Blob)` knows under vitest.
        value = new Blob([bytes], { type: 'application/pdf' });
      }
      const parsed = def.response.safeParse(value);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    },
  );
});

describe('documented odd shapes', () => {
  it('deletes answer true, a user PUT answers []', async () => {
    expect((await call('customer.delete', SAMPLES['customer.delete'])).body).toBe(true);
    expect((await call('user.update', SAMPLES['user.update'])).body).toEqual([]);
  });

  it('dates come as PHP DateTime objects, SOA numbers as strings, prices as decimal strings', async () => {
    const customer = (await call('customer.get', SAMPLES['customer.get'])).body as Record<string, unknown>;
    expect(customer.created).toEqual({
      date: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/),
      timezone_type: 3,
      timezone: 'UTC',
    });
    const zone = (await call('zone.get', SAMPLES['zone.get'])).body as Record<string, unknown>;
    expect(zone).toMatchObject({
      id: '4b42.com',
      ttl: '172800',
      dnssec: '0',
      expire: '3600000',
      valid: 'yes',
    });
    const pricing = (await call('asn.pricing')).body;
    expect(pricing).toContainEqual({
      name: 'asn_pi_32bit',
      create: '100.00000',
      renew: '100.00000',
      update: '100.00000',
    });
  });

  it('the poster is a bare JSON string URL, the movie the docs’ Avatar record', async () => {
    const poster = await call('movie.poster', SAMPLES['movie.poster']);
    // The demo's own poster: a demo never sends the browser to an outside host.
    expect(poster.body).toBe('http://localhost:3000/demo-poster.svg?movie=Avatar');
    const movie = (await call('movie.get', { params: { name: 'avatar' } })).body;
    expect(movie).toMatchObject({ id: 19995, title: 'Avatar', vote_count: 30747 });
  });

  it('exchanges include the docs’ SBIX and RWIX verbatim', async () => {
    const { body } = await call('exchange.list');
    expect(body).toContainEqual({
      id: 1,
      asn: 56755,
      country: 'CH',
      description: 'Securebit Internet Exchange Point',
      name: 'SBIX',
    });
    expect(body).toContainEqual({
      id: 2,
      asn: 60020,
      country: 'DE',
      description: 'Rottweiler Internet Exchange',
      name: 'RWIX',
    });
  });

  it('the SSH check of the docs’ host answers the docs’ example', async () => {
    const { body } = await call('ssh.check', SAMPLES['ssh.check']);
    expect(body).toEqual({
      as: 58057,
      country: 'CH',
      isp: 'Securebit AG',
      ip: '193.33.95.1',
      connection: true,
      fingerprint: '4B42D4824B425C7A4B42D350935840DD',
    });
  });

  it('an abuse report without entries is the documented []', async () => {
    const result = await call('abuse.report', { params: { resource: '8.8.8.8' } });
    expect(result.status).toBe(200);
    expect(result.body).toEqual([]);
  });
});
