import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';
import { trustHostKey } from './known-hosts';

describe('movie lookup', () => {
  it('shows title, year, overview, rating and the demo’s own poster', async () => {
    await renderApp('/tools/movie?name=Avatar', { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Avatar (2009)' })).toBeInTheDocument();
    expect(screen.getByText(/paraplegic Marine/)).toBeInTheDocument();
    expect(screen.getByText('7.6')).toBeInTheDocument();
    const poster = await screen.findByRole('img', { name: 'Poster of Avatar' });
    expect(new URL(poster.getAttribute('src') ?? '').origin).toBe(window.location.origin);
  });

  it('explains a title that is not found, with the code and its meaning', async () => {
    await renderApp('/tools/movie?name=Avatar%203000', { connection: 'operator' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No movie called “Avatar 3000”');
    expect(alert).toHaveTextContent('not_found');
    expect(alert).toHaveTextContent('Entity not found');
    expect(alert).toHaveTextContent('not by keywords');
  });
});

describe('looking up the same again', () => {
  it('a movie not found asks once more at “Look up”; one that answered asks nothing', async () => {
    failNextCall({ endpointId: 'movie.get', status: 404, code: 'not_found' });
    const { user } = await renderApp('/tools/movie?name=Avatar', { connection: 'operator' });
    expect(await screen.findByRole('alert')).toHaveTextContent('No movie called “Avatar”');
    const requests = recordRequests();
    try {
      const lookUp = screen.getByRole('button', { name: 'Look up' });
      await user.click(lookUp);
      expect(await screen.findByRole('heading', { level: 2, name: 'Avatar (2009)' })).toBeInTheDocument();
      expect(requests.seen.filter((r) => r.path === '/v1/tools/media/movie/Avatar')).toHaveLength(1);
      await user.click(lookUp);
      expect(requests.seen.filter((r) => r.path === '/v1/tools/media/movie/Avatar')).toHaveLength(1);
    } finally {
      requests.stop();
    }
  });

  it('an abuse lookup that failed asks once more at “Look up”', async () => {
    failNextCall({ endpointId: 'abuse.list', status: 400, code: 'invalid_input' });
    const { user } = await renderApp('/internet/abuse?resource=AS4242', { connection: 'operator' });
    expect(await screen.findByRole('alert')).toHaveTextContent('invalid_input');
    const requests = recordRequests();
    try {
      await user.click(screen.getByRole('button', { name: 'Look up' }));
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
      expect(requests.seen.filter((r) => r.path.startsWith('/v1/internet/abuse/'))).toHaveLength(1);
    } finally {
      requests.stop();
    }
  });
});

describe('SSH check', () => {
  it('opens from the Tools link with a plain URL, and keeps a checked host in it', async () => {
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    await user.click(screen.getByRole('link', { name: 'Tools' }));
    const host = await screen.findByRole('textbox', { name: 'Host' });
    // No empty `?host=`: a value at its default stays out of the URL.
    expect(router.state.location.href).toBe('/tools/ssh');
    await user.type(host, '193.33.95.1');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('region', { name: 'SSH check of 193.33.95.1' });
    expect(router.state.location.href).toBe('/tools/ssh?host=193.33.95.1');
  });

  it('from a link with a host, says the host is not checked yet and checks it only on Check', async () => {
    const requests = recordRequests();
    try {
      const { user } = await renderApp('/tools/ssh?host=193.33.95.1', { connection: 'operator' });
      const note = await screen.findByText(
        '193.33.95.1 has not been checked since this page opened: press Check.',
      );
      expect(requests.seen.filter((r) => r.path.startsWith('/v1/tools/network/ssh'))).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Check' }));
      await screen.findByRole('region', { name: 'SSH check of 193.33.95.1' });
      expect(note).not.toBeInTheDocument();
    } finally {
      requests.stop();
    }
  });

  it('warns when the host key differs from the remembered one; trusting it says so where focus goes', async () => {
    trustHostKey(
      'web01.bergwerk.ch',
      '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff',
      Date.UTC(2026, 0, 5),
    );
    const { user } = await renderApp('/tools/ssh', { connection: 'operator' });
    await user.type(await screen.findByRole('textbox', { name: 'Host' }), 'web01.bergwerk.ch');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('the host key of web01.bergwerk.ch has changed');
    expect(warning).toHaveTextContent('00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff');
    await user.click(within(warning).getByRole('button', { name: 'I have verified it: trust the new key' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('The new key is remembered on this device now.')).toHaveFocus();
  });

  it("copies a host key's fingerprint as it is shown, to compare it elsewhere", async () => {
    const { user } = await renderApp('/tools/ssh', { connection: 'operator' });
    await user.type(await screen.findByRole('textbox', { name: 'Host' }), 'web01.bergwerk.ch');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const check = await screen.findByRole('region', { name: 'SSH check of web01.bergwerk.ch' });
    const shown = within(check).getByText(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    await user.click(within(check).getByRole('button', { name: 'Copy fingerprint' }));
    expect(await navigator.clipboard.readText()).toBe(shown.textContent);
    expect(within(check).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('refuses a host that is no name or address at the field, and warns about a private one', async () => {
    const { user } = await renderApp('/tools/ssh', { connection: 'operator' });
    const host = await screen.findByRole('textbox', { name: 'Host' });
    await user.type(host, '192.168.1.1');
    expect(
      screen.getByText(/192\.168\.1\.1 is private \(192\.168\.0\.0\/16, RFC 1918\): the check runs/),
    ).toBeInTheDocument();
    await user.clear(host);
    await user.type(host, 'not a host');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(host).toHaveAttribute('aria-invalid', 'true');
  });

  it('a new check clears the old answer; an unknown name is CONNCECTION_FAILED', async () => {
    const { user } = await renderApp('/tools/ssh', { connection: 'operator' });
    const host = await screen.findByRole('textbox', { name: 'Host' });
    await user.type(host, '193.33.95.1');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const result = await screen.findByRole('region', { name: 'SSH check of 193.33.95.1' });
    expect(within(result).getByText('4b:42:d4:82:4b:42:5c:7a:4b:42:d3:50:93:58:40:dd')).toBeInTheDocument();
    expect(result).toHaveTextContent('First check of this host on this device');

    await user.clear(host);
    await user.type(host, 'nowhere.example.ch');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.queryByRole('region', { name: 'SSH check of 193.33.95.1' })).not.toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CONNCECTION_FAILED');
    expect(alert).toHaveTextContent('Connection to destination failed.');
  });
});
