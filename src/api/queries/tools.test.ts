import { describe, expect, it } from 'vitest';
import { changeSshHostKey } from '@/mocks/demo-controls';
import { apiFailure, queryClientFor } from '@/test/query-factories';
import { toolQueries } from './tools';

describe('SSH check (#41)', () => {
  it('answers the docs’ example for 193.33.95.1', async () => {
    const result = await queryClientFor().fetchQuery(toolQueries.ssh('193.33.95.1'));
    expect(result).toEqual({
      as: 58057,
      country: 'CH',
      isp: 'Securebit AG',
      ip: '193.33.95.1',
      connection: true,
      fingerprint: '4B42D4824B425C7A4B42D350935840DD',
    });
  });

  it('is never served from cache: a changed host key shows on the next check', async () => {
    const client = queryClientFor();
    const first = await client.fetchQuery(toolQueries.ssh('ssh.securebit.ch'));
    const changed = changeSshHostKey('ssh.securebit.ch');
    const second = await client.fetchQuery(toolQueries.ssh('ssh.securebit.ch'));
    expect(second.fingerprint).toBe(changed);
    expect(second.fingerprint).not.toBe(first.fingerprint);
    // The address is the same machine.
    expect((await client.fetchQuery(toolQueries.ssh('193.33.95.1'))).fingerprint).toBe(changed);
  });

  it('an address where nothing listens has connection false and no fingerprint', async () => {
    const result = await queryClientFor().fetchQuery(toolQueries.ssh('193.33.95.41'));
    expect(result).toMatchObject({ connection: false, fingerprint: null });
  });

  it('a name that does not resolve is 404 CONNCECTION_FAILED (the docs’ spelling) with its meaning', async () => {
    const error = await apiFailure(queryClientFor().fetchQuery(toolQueries.ssh('nowhere.example.ch')));
    expect([error.status, error.code, error.meaning]).toEqual([
      404,
      'CONNCECTION_FAILED',
      'Connection to destination failed.',
    ]);
  });

  it('a host that is no name or address is refused before sending', async () => {
    const error = await apiFailure(queryClientFor().fetchQuery(toolQueries.ssh('not a host')));
    expect(error.kind).toBe('invalid-request');
    expect(error.fields.host).toBeTruthy();
  });
});

describe('movies (#42, #43)', () => {
  it('finds a record by name, in any case', async () => {
    const movie = await queryClientFor().fetchQuery(toolQueries.movie('avatar'));
    expect(movie).toMatchObject({ title: 'Avatar', release_date: '2009-12-15', vote_average: 7.581 });
  });

  it('the demo poster is served from this origin', async () => {
    const url = await queryClientFor().fetchQuery(toolQueries.poster('Avatar'));
    expect(new URL(url).origin).toBe(globalThis.location.origin);
  });

  it('an unknown movie is 404 not_found with the documented meaning', async () => {
    const client = queryClientFor();
    const error = await apiFailure(client.fetchQuery(toolQueries.movie('No Such Film 3000')));
    expect([error.status, error.code, error.meaning]).toEqual([404, 'not_found', 'Entity not found']);
    const poster = await apiFailure(client.fetchQuery(toolQueries.poster('No Such Film 3000')));
    expect(poster.status).toBe(404);
  });
});
