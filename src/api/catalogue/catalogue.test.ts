import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathParamNames } from '../endpoint';
import { matchEndpoint } from '../match-endpoint';
import { ENDPOINTS } from '.';

/** Every `METHOD /v1/...` line of both verbatim API documents (vendored in docs/api). */
function documentedPairs(): string[] {
  const text = ['current-edition.txt', 'older-edition.txt']
    .map((file) => readFileSync(resolve(__dirname, '../../../docs/api', file), 'utf8'))
    .join('\n');
  return [...new Set(text.match(/^(GET|POST|PUT|DELETE) \/v1\S*$/gm) ?? [])].sort();
}

describe('endpoint catalogue', () => {
  it('holds exactly the 43 documented method + path pairs, each once', () => {
    const catalogue = ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(new Set(catalogue).size).toBe(catalogue.length);
    expect([...catalogue].sort()).toEqual(documentedPairs());
    expect(catalogue).toHaveLength(43);
  });

  it('keeps the documented misspellings', () => {
    const paths = ENDPOINTS.map((e) => e.path);
    expect(paths).toContain('/v1/internet/resouces');
    expect(paths).toContain('/v1/internet/resouces/asn/{id}');
    expect(paths).toContain('/v1/internet/resources/asn/{id}');
  });

  it('has unique ids and a params schema for every path parameter', () => {
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(ENDPOINTS.length);
    for (const e of ENDPOINTS) {
      expect(Object.keys(e.params.shape).sort(), e.id).toEqual(pathParamNames(e.path).sort());
    }
  });

  it('gives a body schema to every write that documents fields, and none to reads', () => {
    for (const e of ENDPOINTS) {
      if (e.method === 'GET' || e.method === 'DELETE') expect(e.body, e.id).toBeUndefined();
    }
    const withoutBody = ENDPOINTS.filter((e) => (e.method === 'POST' || e.method === 'PUT') && !e.body);
    // The IPMI reconfiguration documents no body at all.
    expect(withoutBody.map((e) => e.id)).toEqual(['dedicatedServer.configureIpmi']);
  });

  it('tells a customer number from a user id on the shared path shape', () => {
    expect(matchEndpoint('GET', '/v1/customer/user/12345678')?.endpoint.id).toBe('user.list');
    expect(matchEndpoint('GET', '/v1/customer/user/12345678_1234')?.endpoint.id).toBe('user.get');
    expect(matchEndpoint('PUT', '/v1/customer/user/12345678_1234')?.endpoint.id).toBe('user.update');
    const bad = matchEndpoint('GET', '/v1/customer/user/abc');
    expect(bad?.paramsValid).toBe(false);
  });

  it('matches encoded parameters and rejects undocumented paths', () => {
    const match = matchEndpoint('GET', '/v1/customer/group/12345678/Test%20Group');
    expect(match?.endpoint.id).toBe('group.get');
    expect(match?.params.groupName).toBe('Test Group');
    expect(matchEndpoint('GET', '/v1/customer/12345678/extra')).toBeUndefined();
    expect(matchEndpoint('PATCH', '/v1/customer')).toBeUndefined();
  });
});

describe('lenient response schemas accept what the docs show', () => {
  const parse = (id: string, body: unknown) => {
    const e = ENDPOINTS.find((x) => x.id === id);
    if (!e) throw new Error(id);
    return e.response.safeParse(body);
  };

  it('reads numbers sent as strings', () => {
    const zone = parse('zone.get', { id: '4b42.com', dnssec: '0', ttl: '172800', expire: '3600000' });
    expect(zone.success && zone.data).toMatchObject({ dnssec: false, ttl: 172800, expire: 3600000 });
  });

  it('reads a single object or {} where a list is expected', () => {
    const one = parse('suffix.list', { id: 1, suffix: 'example.com', configured: true });
    expect(one.success && one.data).toHaveLength(1);
    const none = parse('asn.list', {});
    expect(none.success && none.data).toEqual([]);
  });

  it('accepts true from a delete, [] from a PUT, a bare string, and keeps prices as decimals', () => {
    expect(parse('customer.delete', true).success).toBe(true);
    expect(parse('customer.delete', false).success).toBe(false);
    expect(parse('user.update', []).success).toBe(true);
    expect(
      parse('movie.poster', 'https://image.tmdb.org/t/p/w342/kyeqWdyUXW608qlYkRqosgbbJyK.jpg').success,
    ).toBe(true);
    const pricing = parse('asn.pricing', [
      { name: 'asn_pi_32bit', create: '100.00000', renew: '100.00000', update: '0' },
    ]);
    expect(pricing.success && (pricing.data as unknown[])[0]).toMatchObject({ create: '100.00000' });
  });

  it('reads the documented customer detail with PHP DateTime objects', () => {
    const customer = parse('customer.get', {
      name: '00000005',
      description: 'Example Inc.',
      country: 'CH',
      zipcode: '12345',
      created: { date: '2024-03-24 10:04:07.000000', timezone_type: 3, timezone: 'UTC' },
    });
    expect(customer.success).toBe(true);
  });
});

describe('body schemas carry the documented fields and domain rules', () => {
  const body = (id: string) => {
    const schema = ENDPOINTS.find((x) => x.id === id)?.body;
    if (!schema) throw new Error(id);
    return schema;
  };

  it('requires description and country for a customer and drops empty optional fields', () => {
    const missing = body('customer.create').safeParse({});
    expect(missing.success).toBe(false);
    if (!missing.success) {
      expect(missing.error.issues.map((i) => i.path[0]).sort()).toEqual(['country', 'description']);
    }
    const ok = body('customer.create').safeParse({
      description: 'Bühl Informatik AG',
      country: 'ch',
      street: '',
      telephonenumber: '+41 44 123 45 67',
      extra: 'not documented',
    });
    expect(ok.success && ok.data).toEqual({
      description: 'Bühl Informatik AG',
      country: 'CH',
      telephonenumber: '+41441234567',
    });
  });

  it('sends a zip code the country would not use, as the docs state no shape for it', () => {
    const result = body('customer.create').safeParse({ description: 'X', country: 'CH', zipcode: '123456' });
    expect(result).toMatchObject({ success: true, data: { zipcode: '123456' } });
  });

  it('requires at least one field to update a user', () => {
    expect(body('user.update').safeParse({}).success).toBe(false);
    expect(body('user.update').safeParse({ firstname: 'Kevin' }).success).toBe(true);
  });

  it('converts an internationalised UPN suffix to its xn-- form', () => {
    const parsed = body('suffix.create').safeParse({ suffix: 'bücher.example' });
    expect(parsed.success && parsed.data).toEqual({ suffix: 'xn--bcher-kva.example' });
  });
});
