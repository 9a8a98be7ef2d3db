import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { keyCapabilitiesStore, refusalReason } from '@/api/key-capabilities';
import { setBalance } from '@/mocks/demo-controls';
import { apiFailure, queryClientFor } from '@/test/query-factories';
import { isAlreadyGone } from './already-gone';
import { internetMutations, internetQueries } from './internet';

/** Runs a factory's mutation as useMutation would (its onSuccess included). */
// biome-ignore lint/suspicious/noExplicitAny: any mutation options of the factories
function mutate(client: QueryClient, options: any, variables: unknown): Promise<unknown> {
  return new MutationObserver<unknown, Error, unknown>(client, options).mutate(variables);
}

const order = { org: 'ORG-BDA1-RIPE', country: 'CH', name: 'BERGWERK-AS', url: 'https://bergwerk.ch' };

describe('internet exchanges (#29)', () => {
  it('lists the docs’ exchanges first, numbers as numbers', async () => {
    const exchanges = await queryClientFor().fetchQuery(internetQueries.exchanges());
    expect(exchanges.slice(0, 2)).toEqual([
      { id: 1, asn: 56755, country: 'CH', description: 'Securebit Internet Exchange Point', name: 'SBIX' },
      { id: 2, asn: 60020, country: 'DE', description: 'Rottweiler Internet Exchange', name: 'RWIX' },
    ]);
  });
});

describe('AS numbers (#32–#36)', () => {
  it('prices come as the docs’ decimal strings', async () => {
    const prices = await queryClientFor().fetchQuery(internetQueries.pricing());
    expect(prices.map((p) => [p.name, p.create, p.renew])).toEqual([
      ['asn_pi_32bit', '100.00000', '100.00000'],
      ['ipv4_pa_24', '100.00000', '300.00000'],
      ['ipv6_pa_48', '100.00000', '15.00000'],
    ]);
  });

  it('an order appears in the list, which is refetched', async () => {
    const client = queryClientFor();
    const before = await client.fetchQuery(internetQueries.asns());
    await mutate(client, internetMutations.createAsn(), order);
    expect(client.getQueryState(internetQueries.asns().queryKey)?.isInvalidated).toBe(true);
    const after = await client.fetchQuery(internetQueries.asns());
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ name: 'BERGWERK-AS', org: 'ORG-BDA1-RIPE', country: 'CH' });
  });

  it('not enough balance is 402 with the documented meaning', async () => {
    setBalance(50);
    const error = await apiFailure(mutate(queryClientFor(), internetMutations.createAsn(), order));
    expect(error.status).toBe(402);
    expect(error.meaning).toBe(
      'Payment Required - You do not have enough balance to complete this transaction.',
    );
  });

  it('a key without ordering gets 403 ORDERING_NOT_ENABLED, and ordering is marked off for the key', async () => {
    const client = queryClientFor('no-ordering');
    const orderOff = () => refusalReason(keyCapabilitiesStore.get(), endpoint('asn.create'));
    expect(orderOff()).toBeNull();
    const error = await apiFailure(mutate(client, internetMutations.createAsn(), order));
    expect([error.status, error.code]).toEqual([403, 'ORDERING_NOT_ENABLED']);
    expect(error.meaning).toMatch(/activate this function first via our website under access/);
    expect(orderOff()).toMatch(/^Ordering is not enabled for this key/);
    // What Home shows under "Ordering" follows the refusal too.
    expect(keyCapabilitiesStore.get().orderingDisabled).toBe(true);
    // Only orders: other writes of the same key stay on.
    expect(refusalReason(keyCapabilitiesStore.get(), endpoint('asn.update'))).toBeNull();
  });

  it('a reserved as-name is refused before sending, at the field', async () => {
    const error = await apiFailure(
      mutate(queryClientFor(), internetMutations.createAsn(), { ...order, name: 'AS-BERGWERK' }),
    );
    expect(error.kind).toBe('invalid-request');
    expect(error.fields.name).toBe(
      'Names starting with AS- are reserved for AS sets in the RIPE Database (RFC 2622)',
    );
  });

  it('update takes the customer fields, as documented', async () => {
    const client = queryClientFor();
    await expect(
      mutate(client, internetMutations.updateAsn('2'), {
        description: 'Rheinhafen Logistik AG',
        country: 'CH',
      }),
    ).resolves.toEqual({});
    const missing = await apiFailure(
      mutate(client, internetMutations.updateAsn('999'), { description: 'X', country: 'CH' }),
    );
    expect([missing.status, missing.code]).toEqual([404, 'not_found']);
  });

  it('delete answers true; the provider’s own AS is protected (409)', async () => {
    const client = queryClientFor();
    await expect(mutate(client, internetMutations.deleteAsn('3'), undefined)).resolves.toBe(true);
    const error = await apiFailure(mutate(client, internetMutations.deleteAsn('1'), undefined));
    expect([error.status, error.code]).toEqual([409, 'protected']);
    expect(error.meaning).toBe('The Action you are trying to start is protected for this resource');
  });

  it('deleting an AS number that is gone already counts as deleted (404 on DELETE)', async () => {
    const client = queryClientFor();
    await mutate(client, internetMutations.deleteAsn('3'), undefined);
    await expect(mutate(client, internetMutations.deleteAsn('3'), undefined)).resolves.toSatisfy(
      isAlreadyGone,
    );
  });
});

describe('IPv4 ranges (#37)', () => {
  it('lists the available ranges with size', async () => {
    const ranges = await queryClientFor().fetchQuery(internetQueries.ipv4());
    expect(ranges[0]).toEqual({ network: '193.33.96.0/24', size: 24, country: 'CH', pricing: 'ipv4_pa_24' });
  });
});

describe('resources (#30, #31)', () => {
  it('creates a cross connect; without ordering it is refused', async () => {
    await expect(
      mutate(queryClientFor(), internetMutations.createResource(), { type: 'XC' }),
    ).resolves.toEqual({});
    const error = await apiFailure(
      mutate(queryClientFor('no-ordering'), internetMutations.createResource(), { type: 'VLAN', size: 48 }),
    );
    expect(error.code).toBe('ORDERING_NOT_ENABLED');
  });

  it('updates with the customer fields; an unknown id is 404', async () => {
    const client = queryClientFor();
    await expect(
      mutate(client, internetMutations.updateResource('700001'), {
        description: 'Bergwerk AG',
        country: 'CH',
      }),
    ).resolves.toEqual({});
    const error = await apiFailure(
      mutate(client, internetMutations.updateResource('1'), { description: 'Bergwerk AG', country: 'CH' }),
    );
    expect(error.status).toBe(404);
  });
});

describe('layer-2 tunnel (#38)', () => {
  const tunnel = { type: 'gretap', endpoint: '185.221.60.17', exchange: 1 };

  it('creates a tunnel to a public endpoint; the same again is a uniqueness error', async () => {
    const client = queryClientFor();
    await expect(mutate(client, internetMutations.createLayer2Tunnel(), tunnel)).resolves.toEqual({});
    const error = await apiFailure(mutate(client, internetMutations.createLayer2Tunnel(), tunnel));
    expect([error.status, error.code, error.fields.endpoint]).toEqual([
      409,
      'uniqueness_error',
      '185.221.60.17 already has a tunnel to this exchange.',
    ]);
  });

  it('a private endpoint is refused at the field with the reason, before sending', async () => {
    const error = await apiFailure(
      mutate(queryClientFor(), internetMutations.createLayer2Tunnel(), {
        ...tunnel,
        endpoint: '192.168.1.1',
      }),
    );
    expect(error.kind).toBe('invalid-request');
    expect(error.fields.endpoint).toBe('192.168.1.1 is private (192.168.0.0/16, RFC 1918)');
  });

  it('an unknown exchange lands on the exchange field', async () => {
    const error = await apiFailure(
      mutate(queryClientFor(), internetMutations.createLayer2Tunnel(), { ...tunnel, exchange: 99 }),
    );
    expect([error.status, error.code, error.fields.exchange]).toEqual([
      422,
      'invalid_input',
      'There is no internet exchange 99.',
    ]);
  });
});

describe('abuse (#39, #40)', () => {
  it('lists entries for an IP, a prefix and an AS; nothing reported is the documented []', async () => {
    const client = queryClientFor();
    expect(await client.fetchQuery(internetQueries.abuse('193.33.95.20'))).toHaveLength(2);
    expect(await client.fetchQuery(internetQueries.abuse('193.33.95.0/24'))).toHaveLength(1);
    expect(await client.fetchQuery(internetQueries.abuse('as64500'))).toHaveLength(1);
    expect(await client.fetchQuery(internetQueries.abuse('8.8.8.8'))).toEqual([]);
  });

  it('a resource of another shape is refused before sending', async () => {
    const error = await apiFailure(queryClientFor().fetchQuery(internetQueries.abuse('example.com')));
    expect(error.kind).toBe('invalid-request');
    expect(error.fields.resource).toMatch(/IP address.*prefix.*AS number/);
  });

  it('the report is a PDF; without entries it is the documented []', async () => {
    const client = queryClientFor();
    const report = await mutate(client, internetMutations.downloadAbuseReport(), '193.33.95.0/24');
    expect((report as Blob).type).toBe('application/pdf');
    expect((report as Blob).size).toBeGreaterThan(500);
    await expect(mutate(client, internetMutations.downloadAbuseReport(), '8.8.8.8')).resolves.toEqual([]);
  });
});
