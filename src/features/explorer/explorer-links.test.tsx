import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

// Every page says which call it makes, and a record's page fills in that call's path params.
const PAGES: readonly [page: string, endpoint: string, params?: Record<string, string>][] = [
  ['/customers', 'customer.list'],
  ['/customers/new', 'customer.create'],
  ['/customers/10000001', 'customer.get', { customerNumber: '10000001' }],
  ['/customers/10000001/edit', 'customer.update', { customerNumber: '10000001' }],
  ['/directory/10000001/users', 'user.list', { customerNumber: '10000001' }],
  ['/directory/10000001/users/new', 'user.create', { customerNumber: '10000001' }],
  ['/directory/10000001/users/10000001_3', 'user.get', { userId: '10000001_3' }],
  ['/directory/10000001/users/10000001_3/edit', 'user.update', { userId: '10000001_3' }],
  ['/directory/10000001/groups', 'group.list', { customerNumber: '10000001' }],
  ['/directory/10000001/groups/new', 'group.create', { customerNumber: '10000001' }],
  [
    '/directory/10000001/groups/Entwicklung',
    'group.get',
    { customerNumber: '10000001', groupName: 'Entwicklung' },
  ],
  ['/directory/10000001/suffixes', 'suffix.list', { customerNumber: '10000001' }],
  ['/dns/500001', 'zone.list', { productid: '500001' }],
  ['/dns/500001/bergwerk-digital.com', 'zone.get', { productid: '500001', zone: 'bergwerk-digital.com' }],
  ['/servers/300101', 'virtualServer.get', { pid: '300101' }],
  // A lookup page passes the value it looked up (from its URL).
  ['/internet/abuse?resource=193.33.95.20', 'abuse.list', { resource: '193.33.95.20' }],
  ['/tools/movie?name=Avatar', 'movie.get', { name: 'Avatar' }],
  ['/tools/ssh?host=193.33.95.1', 'ssh.check', { host: '193.33.95.1' }],
  ['/tools/ssh', 'ssh.check'],
];

describe('"Open in API explorer"', { timeout: 60_000 }, () => {
  it.each(PAGES)('on %s opens %s with the page’s path params', async (page, endpoint, params) => {
    await renderApp(page, { connection: 'operator' });
    const links = await screen.findAllByRole('link', { name: /^Open in API explorer/ });
    const search = new URL(links[0]?.getAttribute('href') ?? '', 'http://x').searchParams;
    const sent = search.get('params');
    expect(search.get('endpoint')).toBe(endpoint);
    expect(sent === null ? undefined : JSON.parse(sent)).toEqual(params);
  });
});
