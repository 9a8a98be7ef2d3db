import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { renderApp } from '@/test/render-app';

describe('internet resources in German and French', () => {
  it('the AS numbers page, its prices and the section tabs switch to German, money in the Swiss form', async () => {
    await renderApp('/internet/asns', { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: 'AS numbers' });
    await act(() => setLocale('de'));
    expect(await screen.findByRole('heading', { level: 1, name: 'AS-Nummern' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'IPv4-Bereiche' })).toBeInTheDocument();
    const prices = screen.getByRole('region', { name: /^Preise$/ });
    expect(prices).toHaveTextContent('CHF wird angenommen');
    // The product's name comes from the catalogue too; the amount in de-CH form.
    const ipv6 = within(prices).getByRole('row', { name: /IPv6 \/48/ });
    expect(ipv6).toHaveTextContent('providerabhängiges');
    expect(ipv6.textContent?.replace(/\s/g, ' ')).toMatch(/CHF 100\.00/);
    // The number of subnets too, in the Swiss form, not as the message's English spelling.
    expect(ipv6).toHaveTextContent(/mit 65['’]536 \/64-Subnetzen/);
  });

  it('the AS numbers are searched by their country’s name in the language switched to, and in English', async () => {
    const { user } = await renderApp('/internet/asns', { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: 'AS numbers' });
    await act(() => setLocale('de'));
    const search = await screen.findByRole('searchbox', { name: 'AS-Nummern durchsuchen' });
    /** The rows shown for a search, from the table on the page (none: the empty state, no table). */
    const rowsFor = async (text: string) => {
      await user.clear(search);
      await user.type(search, text);
      return within(screen.getByRole('table', { name: 'AS-Nummern' }));
    };
    let rows = await rowsFor('Schweiz');
    expect(screen.getByText('2 von 3 AS-Nummern')).toBeInTheDocument();
    expect(rows.getByRole('row', { name: /SECUREBIT/ })).toHaveTextContent('Schweiz (CH)');
    expect(rows.queryByRole('row', { name: /DONAU-MEDIA/ })).not.toBeInTheDocument();
    rows = await rowsFor('Österreich');
    expect(screen.getByText('1 von 3 AS-Nummern')).toBeInTheDocument();
    expect(rows.getByRole('row', { name: /DONAU-MEDIA/ })).toHaveTextContent('Österreich (AT)');
    // The English name too, as in the country picker.
    rows = await rowsFor('Switzerland');
    expect(screen.getByText('2 von 3 AS-Nummern')).toBeInTheDocument();
    expect(rows.getByRole('row', { name: /RHEINHAFEN-AS/ })).toHaveTextContent('Schweiz (CH)');
  });

  it('the layer-2 tunnel refuses a private endpoint with the reason in French', async () => {
    const { user } = await renderApp('/internet/tunnel', { connection: 'operator' });
    await act(() => setLocale('fr'));
    await screen.findByRole('heading', { level: 1, name: 'Tunnel de couche 2 vers un point d’échange' });
    const endpoint = screen.getByRole('textbox', { name: 'Votre point de terminaison' });
    await user.type(endpoint, '192.168.1.1');
    await user.click(screen.getByRole('button', { name: 'Créer le tunnel' }));
    expect(await screen.findByText('192.168.1.1 est privée (192.168.0.0/16, RFC 1918)')).toBeInTheDocument();
  });

  it('exchanges name their country in German', async () => {
    await renderApp('/internet/exchanges', { connection: 'operator' });
    await act(() => setLocale('de'));
    await screen.findByRole('heading', { level: 1, name: 'Internet-Exchanges' });
    const row = await screen.findByRole('row', { name: /RWIX/ });
    expect(row).toHaveTextContent('Deutschland (DE)');
  });

  it('a column hidden in English stays hidden in German, the sortless ones too', async () => {
    const { user } = await renderApp('/internet/exchanges', { connection: 'operator' });
    await screen.findByRole('row', { name: /RWIX/ });
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const menu = screen.getByRole('group', { name: 'Columns shown' });
    await user.click(within(menu).getByRole('checkbox', { name: 'Description' }));
    await user.click(within(menu).getByRole('checkbox', { name: 'Actions' }));
    await user.keyboard('{Escape}');
    const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers()).not.toContain('Description');

    await act(() => setLocale('de'));
    await screen.findByRole('heading', { level: 1, name: 'Internet-Exchanges' });
    expect(headers()).not.toContain('Beschreibung');
    expect(headers()).not.toContain('Aktionen');
    expect(headers()).toContain('Land');
  });
});
