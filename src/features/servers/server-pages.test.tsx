import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { giveScrollersHeight, recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

describe('server pages against the simulated API', { timeout: 30_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('lists virtual servers (#25) leniently, says why, and searches them', async () => {
    const { user } = await renderApp('/servers', { connection: 'operator' });
    expect(screen.getByText(/shows a copy of the DNS zone list/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Virtual servers' });
    expect(within(table).getByText('web01.bergwerk.ch')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search virtual servers' }), 'stopped');
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['300102']);
  });

  it('the breadcrumb from a server goes back to the list as it was left; the menu opens it afresh', async () => {
    const { user } = await renderApp('/servers', { connection: 'operator' });
    await user.type(screen.getByRole('searchbox', { name: 'Search virtual servers' }), 'stopped');
    await user.click(screen.getByRole('link', { name: '300102' }));
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await user.click(within(trail).getByRole('link', { name: 'Servers' }));
    const search = await screen.findByRole('searchbox', { name: 'Search virtual servers' });
    expect(search).toHaveValue('stopped');
    const table = screen.getByRole('table', { name: 'Virtual servers' });
    expect(
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['300102']);

    await user.click(screen.getByRole('link', { name: '300102' }));
    await screen.findByRole('navigation', { name: 'Breadcrumb' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Servers' }),
    );
    expect(await screen.findByRole('searchbox', { name: 'Search virtual servers' })).toHaveValue('');
  });

  it('shows a server (#26) and hands out a console ticket (#27) to copy, with its countdown', async () => {
    const { user } = await renderApp('/servers/300101', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'web01.bergwerk.ch' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Get a console ticket' }));
    const ticket = await screen.findByText(/^PVEVNC:/);
    expect(ticket).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy ticket' })).toBeInTheDocument();
    expect(screen.getByText(/Valid for another/)).toHaveTextContent(/[45]:\d\d/);
    // Its expiry as every API date reads: local time, with UTC for screen readers and on hover.
    const expires = screen.getByText('expires', { selector: 'dt' }).nextElementSibling;
    expect(within(expires as HTMLElement).getByRole('time')).toHaveAccessibleName(/UTC/);
    expect(requests.seen.filter((r) => r.path === '/v1/manage/server/virtual/300101/ticket')).toHaveLength(1);
  });

  it('after a 429 the ticket button counts down, says why, and one click then asks once', async () => {
    const { user } = await renderApp('/servers/300101', { connection: 'operator' });
    failNextCall({ endpointId: 'virtualServer.ticket', status: 429, retryAfter: 2 });
    await user.click(screen.getByRole('button', { name: 'Get a console ticket' }));
    const waiting = await screen.findByRole('button', { name: /^Wait 0:0[12]$/ });
    expect(waiting).toHaveAttribute('aria-disabled', 'true');
    expect(waiting).toHaveAccessibleDescription('Too many requests: the API accepts requests again then.');
    await user.click(waiting);
    const ticketCalls = () => requests.seen.filter((r) => r.path.endsWith('/300101/ticket'));
    expect(ticketCalls()).toHaveLength(1);

    const again = await screen.findByRole('button', { name: 'Get a console ticket' }, { timeout: 5000 });
    await user.click(again);
    expect(await screen.findByText(/^PVEVNC:/)).toBeInTheDocument();
    expect(ticketCalls()).toHaveLength(2);
  });

  it("reads a server's date as every API date, links its customer, and keeps other fields as sent", async () => {
    const { user } = await renderApp('/servers/300102', { connection: 'operator' });
    const details = screen.getByRole('region', { name: 'Details' });
    const created = within(details).getByText('created').nextElementSibling as HTMLElement;
    const time = within(created).getByTitle(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(time.tagName).toBe('TIME');
    expect(created).not.toHaveTextContent(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const memory = within(details).getByText('memory').nextElementSibling as HTMLElement;
    expect(memory).toHaveTextContent(/^32768$/);
    await user.click(within(details).getByRole('link', { name: '10000001' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergwerk Digital AG' })).toBeInTheDocument();
  });

  it('explains the 409 of a stopped server', async () => {
    const { user } = await renderApp('/servers/300102', { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Get a console ticket' }));
    expect(await screen.findByText('The server is stopped')).toBeInTheDocument();
    expect(screen.getByText(/A console needs a running server/)).toBeInTheDocument();
  });

  it('reconfigures IPMI (#28) after a confirmation that says what it does', async () => {
    const { user } = await renderApp('/servers', { connection: 'operator' });
    await user.type(screen.getByRole('textbox', { name: 'Dedicated server id' }), '400201');
    await user.click(screen.getByRole('button', { name: 'Reconfigure IPMI…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('The server itself keeps running');
    expect(requests.writes()).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Reconfigure IPMI' }));
    expect(await screen.findByText(/is being reconfigured/)).toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: '/v1/server/dedicated/400201/ipmi', body: undefined },
    ]);
  });

  it('explains `locked` when the server is busy', async () => {
    const { user } = await renderApp('/servers', { connection: 'operator' });
    await user.type(screen.getByRole('textbox', { name: 'Dedicated server id' }), '400202');
    await user.click(screen.getByRole('button', { name: 'Reconfigure IPMI…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Reconfigure IPMI' }));
    expect(await within(dialog).findByText('The server is locked')).toBeInTheDocument();
    expect(within(dialog).getByText(/another action .* is still running on it/)).toBeInTheDocument();
  });

  it('keeps IPMI off for a read-only key, saying why', async () => {
    await renderApp('/servers', { connection: 'readonly' });
    expect(screen.getByRole('button', { name: /Reconfigure IPMI/ })).toHaveAttribute('aria-disabled', 'true');
  });

  it('says when a path cannot be a server id, without asking the API', async () => {
    await renderApp('/servers/web01', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Not a server id' })).toBeInTheDocument();
    expect(requests.seen).toHaveLength(0);
  });
});
