import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { DEMO_BASE_URL } from '@/api/connection';
import { demoKey } from '@/mocks/demo-keys';
import { server } from '@/mocks/node';
import { recordRequests } from '@/test/app-helpers';
import { stubPhoneLayout } from '@/test/phone-layout';
import { renderApp } from '@/test/render-app';

describe('internet pages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('abuse lookup: says what a resource looks like, then shows its entries and keeps it in the URL', async () => {
    const { user, router } = await renderApp('/internet/abuse', { connection: 'operator' });
    const box = screen.getByRole('textbox', { name: 'Resource' });
    await user.type(box, 'not an address');
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    expect(box).toHaveAccessibleDescription(/Enter an IP address/);
    // Refused input stays out of the URL, as does an empty one (`?resource=`).
    expect(router.state.location.href).toBe('/internet/abuse');

    await user.clear(box);
    await user.type(box, '193.33.95.1');
    await user.click(screen.getByRole('button', { name: 'Look up' }));
    expect(await screen.findByRole('heading', { name: /for 193\.33\.95\.1$/ })).toBeInTheDocument();
    expect(box).not.toHaveAccessibleDescription(/Enter an IP address/);
    expect(router.state.location.search).toEqual({ resource: '193.33.95.1' });
  });

  it('an abuse entry reads its date like every API date: local time, the UTC value on hover', async () => {
    await renderApp('/internet/abuse?resource=193.33.95.20', { connection: 'operator' });
    const entry = (await screen.findByText(/^phishing$/i)).closest('li') as HTMLElement;
    const date = within(entry).getByTitle(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(date.tagName).toBe('TIME');
    expect(entry).toHaveTextContent(/ · via SWITCH-CERT/);
    expect(entry).not.toHaveTextContent(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} · via/);
  });

  it('a double click on “Get the report” asks for the PDF once', async () => {
    await renderApp('/internet/abuse?resource=193.33.95.20', { connection: 'operator' });
    const get = await screen.findByRole('button', { name: 'Get the report for 193.33.95.20' });
    const requests = recordRequests();
    try {
      // Both clicks before React re-renders, as Chromium runs queued input ahead of React's update.
      fireEvent.click(get);
      fireEvent.click(get);
      expect(await screen.findByTitle('Abuse report for 193.33.95.20')).toBeInTheDocument();
      expect(requests.seen.filter((r) => r.path === '/v1/internet/abuse/report/193.33.95.20')).toHaveLength(
        1,
      );
    } finally {
      requests.stop();
    }
  });

  it('a tunnel with no exchange chosen asks for one at the field; the confirmation names the exchange', async () => {
    const { user } = await renderApp('/internet/tunnel', { connection: 'operator' });
    const exchange = await screen.findByRole('combobox', { name: 'Exchange' });
    await user.type(screen.getByRole('textbox', { name: 'Your endpoint' }), '185.221.60.17');
    await user.click(screen.getByRole('button', { name: 'Create tunnel' }));
    expect(exchange).toHaveAccessibleDescription('Choose an internet exchange');
    expect(exchange).toHaveAttribute('aria-invalid', 'true');

    await user.selectOptions(exchange, await screen.findByRole('option', { name: /^SwissIX/ }));
    await user.click(screen.getByRole('button', { name: 'Create tunnel' }));
    expect(
      await screen.findByText('VXLAN tunnel from 185.221.60.17 to exchange SwissIX created.'),
    ).toHaveRole('status');
  });

  it('an exchange’s row starts a tunnel to it, with the exchange chosen', async () => {
    const { user, router } = await renderApp('/internet/exchanges', { connection: 'operator' });
    await user.click(await screen.findByRole('link', { name: 'New tunnel SwissIX' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Layer-2 tunnel to an exchange' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Exchange' })).toHaveDisplayValue(/^SwissIX/);
    expect(router.state.location.searchStr).toBe('?exchange=3');
    await user.type(screen.getByRole('textbox', { name: 'Your endpoint' }), '185.221.60.17');
    await user.click(screen.getByRole('button', { name: 'Create tunnel' }));
    expect(
      await screen.findByText('VXLAN tunnel from 185.221.60.17 to exchange SwissIX created.'),
    ).toHaveRole('status');
    // The form is empty again, and so is the address: a reload chooses no exchange.
    expect(screen.getByRole('combobox', { name: 'Exchange' })).toHaveDisplayValue('Choose an exchange');
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
    expect(router.state.location.pathname).toBe('/internet/tunnel');
  });

  it('a tunnel link opened afresh shows its exchange once the exchanges have loaded', async () => {
    // Slower than the first render: the select exists before its options do.
    server.use(
      http.get(`*${endpoint('exchange.list').path}`, async () => {
        await delay(300);
      }),
    );
    await renderApp('/internet/tunnel?exchange=3', { connection: 'operator' });
    const exchange = screen.getByRole('combobox', { name: 'Exchange' });
    expect(exchange).toHaveAttribute('aria-busy', 'true');
    // The same select, showing what would be sent: not "Choose an exchange" over a chosen id.
    await waitFor(() => expect(exchange).toHaveDisplayValue(/^SwissIX/));
  });

  it('a tunnel link to an exchange the API does not list shows that id, as it would be sent', async () => {
    await renderApp('/internet/tunnel?exchange=99', { connection: 'operator' });
    const exchange = screen.getByRole('combobox', { name: 'Exchange' });
    await waitFor(() => expect(exchange).toHaveDisplayValue('Exchange id 99, not in the API’s list'));
  });

  it('with the read-only key, an exchange’s New tunnel says why it is off', async () => {
    await renderApp('/internet/exchanges', { connection: 'readonly' });
    const button = await screen.findByRole('button', { name: 'New tunnel SwissIX' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/read-only/);
  });

  it('exchanges show their id (what a tunnel takes) and the country by name', async () => {
    await renderApp('/internet/exchanges', { connection: 'operator' });
    const row = await screen.findByRole('row', { name: /RWIX/ });
    const table = row.closest('table') as HTMLElement;
    expect(within(table).getByRole('columnheader', { name: 'ID' })).toBeInTheDocument();
    const id = (await callEndpoint(endpoint('exchange.list'))).find((x) => x.name === 'RWIX')?.id;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(String(id));
    expect(row).toHaveTextContent('AS60020');
    expect(row).toHaveTextContent('Germany (DE)');
  });

  it('AS numbers offer the API’s website and creation date as columns', async () => {
    const { user } = await renderApp('/internet/asns', { connection: 'operator' });
    await user.click(await screen.findByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: /Website/ }));
    await user.click(screen.getByRole('checkbox', { name: /Created/ }));
    const row = screen.getByRole('row', { name: /AS64500/ });
    expect(row).toHaveTextContent('https://www.rheinhafen.ch');
    expect(within(row).getByRole('time')).toHaveAccessibleName(/2024-04-08 10:04:07 UTC/);
  });

  it('an abuse entry shows its id, as the PDF report numbers it', async () => {
    await renderApp('/internet/abuse?resource=193.33.95.20', { connection: 'operator' });
    const entry = (await screen.findByText(/^phishing$/i)).closest('li') as HTMLElement;
    expect(entry).toHaveTextContent(/^#\d+/);
  });

  it('the documented `{}` for AS numbers reads as none yet, prices as CHF', async () => {
    server.use(http.get(`*${endpoint('asn.list').path}`, () => HttpResponse.json({})));
    await renderApp('/internet/asns', { connection: 'operator' });
    expect(await screen.findByText('No AS numbers yet')).toBeInTheDocument();
    const prices = await screen.findByRole('region', { name: /^Prices$/ });
    const ipv6 = await within(prices).findByRole('row', { name: /IPv6 \/48/ });
    // create, renew, update of ipv6_pa_48 as money.
    expect(ipv6.textContent?.replace(/\s/g, ' ')).toMatch(/CHF 100\.00.*CHF 15\.00.*CHF 0\.00/);
    expect(prices).toHaveTextContent('CHF is assumed');
    // A short table's tooltip, set when pointed at: the product's name.
    const product = within(ipv6).getAllByRole('cell')[0] as HTMLElement;
    await userEvent.hover(product);
    expect(product).toHaveAttribute('title', 'IPv6 /48');
  });

  it('on a phone, each product’s prices are a card, with none of them off screen', async () => {
    stubPhoneLayout();
    await renderApp('/internet/asns', { connection: 'operator' });
    const prices = await screen.findByRole('region', { name: /^Prices$/ });
    const products = await within(prices).findByRole('list', { name: 'Prices per product' });
    expect(within(prices).queryByRole('table')).not.toBeInTheDocument();
    const ipv6 = within(products)
      .getAllByRole('listitem')
      .find((card) => card.textContent?.includes('ipv6_pa_48')) as HTMLElement;
    expect(ipv6).toHaveTextContent('IPv6 /48');
    expect(ipv6).toHaveTextContent('provider-aggregatable');
    const pairs = within(ipv6)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent?.replace(/\s/g, ' ')}`);
    expect(pairs).toEqual(['Create: CHF 100.00', 'Renew (yearly): CHF 15.00', 'Update: CHF 0.00']);
  });

  it('deleting the provider’s own AS is refused as protected, explained in the dialog', async () => {
    const { user } = await renderApp('/internet/asns', { connection: 'operator' });
    await user.click(await screen.findByRole('button', { name: 'Delete AS58057' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete AS58057?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete AS number' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'AS58057');
    await user.click(confirm);
    expect(await within(dialog).findByText('AS58057 is protected')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('409');
    expect(dialog).toHaveTextContent('The Action you are trying to start is protected for this resource');
  });

  it('with the read-only key, each AS number’s Edit and Delete say why they are off', async () => {
    const { user } = await renderApp('/internet/asns', { connection: 'readonly' });
    for (const name of ['Edit AS64500', 'Delete AS64500', 'Order an AS number']) {
      const button = await screen.findByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/read-only/);
    }
    expect(screen.queryByRole('link', { name: 'Edit AS64500' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete AS64500' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a refused AS number delete turns off Delete on every row, with the reason, and leaves Edit', async () => {
    // The read-only key with nothing known of it up front, as for any real key.
    const { user } = await renderApp('/internet/asns', {
      connection: {
        kind: 'remote',
        baseUrl: DEMO_BASE_URL,
        apiKey: demoKey('readonly').key,
        keyHeader: 'bearer',
        remember: false,
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Delete AS64500' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete AS64500?' });
    await user.type(within(dialog).getByRole('textbox'), 'AS64500');
    await user.click(within(dialog).getByRole('button', { name: 'Delete AS number' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('METHOD_RESTRICTED');
    await user.click(within(dialog).getByRole('button', { name: /Cancel|Close/ }));

    for (const name of ['Delete AS64500', 'Delete AS65540']) {
      const remove = await screen.findByRole('button', { name });
      expect(remove).toHaveAttribute('aria-disabled', 'true');
      expect(remove).toHaveAccessibleDescription(
        'This key may not delete AS numbers (403 METHOD_RESTRICTED).',
      );
    }
    expect(screen.getByRole('link', { name: 'Edit AS64500' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/internet\/asns\/\d+\/edit$/),
    );
  });

  it('a row’s Edit opens the update named by its AS number, and the save says which one', async () => {
    const { user, router } = await renderApp('/internet/asns', { connection: 'operator' });
    await user.click(await screen.findByRole('link', { name: 'Edit AS64500' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Update AS64500' })).toBeInTheDocument();
    expect(screen.getByText('RHEINHAFEN-AS · ORG-RLA3-RIPE')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Organisation or name' }), 'Rheinhafen Logistik AG');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'CH');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('AS64500 updated')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/internet/asns');
  });

  it('a row’s Abuse opens the abuse entries of its AS number', async () => {
    const { user, router } = await renderApp('/internet/asns', { connection: 'operator' });
    const abuse = await screen.findByRole('link', { name: 'Abuse AS64500' });
    expect(abuse).toHaveAccessibleDescription('Abuse reports for AS64500');
    await user.click(abuse);
    expect(await screen.findByRole('heading', { level: 1, name: 'Abuse reports' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '1 entry for AS64500' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Resource' })).toHaveValue('AS64500');
    expect(router.state.location.search).toEqual({ resource: 'AS64500' });
  });

  it('an available IPv4 range links to the reports against it', async () => {
    const { user } = await renderApp('/internet/ipv4', { connection: 'operator' });
    await user.click(await screen.findByRole('link', { name: 'Look up reports 193.33.96.0/24' }));
    expect(await screen.findByText('Nothing reported for 193.33.96.0/24')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Resource' })).toHaveValue('193.33.96.0/24');
  });

  it('lists the available IPv4 ranges like every list: searched, sorted by address, kept in the URL', async () => {
    const { user, router } = await renderApp('/internet/ipv4', { connection: 'operator' });
    const table = await screen.findByRole('table', { name: 'Available IPv4 ranges' });
    const firstCells = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(firstCells()).toEqual(['193.33.96.0/24', '193.33.97.0/24', '193.33.98.0/24', '193.33.99.128/25']);
    const row = within(table).getByRole('row', { name: /193\.33\.99\.128\/25/ });
    expect(row).toHaveTextContent('/25, 128 addresses');
    expect(row).toHaveTextContent('CHF 100.00 once, CHF 300.00 a year');

    // By size, the smallest range first: 128 addresses before 256.
    await user.click(within(table).getByRole('button', { name: 'Size' }));
    expect(firstCells()[0]).toBe('193.33.99.128/25');
    await user.click(within(table).getByRole('button', { name: 'Range' }));
    expect(firstCells()[0]).toBe('193.33.96.0/24');
    await user.click(within(table).getByRole('button', { name: 'Range' }));
    expect(firstCells()[0]).toBe('193.33.99.128/25');
    await user.type(screen.getByRole('searchbox', { name: 'Search IPv4 ranges' }), '/25');
    expect(screen.getByText('1 of 4 ranges')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: '/25', dir: 'desc' }));
  });

  it('an IPv4 range says its price is loading while the price list is on its way, then the price', async () => {
    server.use(
      http.get(`*${endpoint('asn.pricing').path}`, async () => {
        await delay(500);
      }),
    );
    await renderApp('/internet/ipv4', { connection: 'operator' });
    const table = await screen.findByRole('table', { name: 'Available IPv4 ranges' });
    const row = within(table).getByRole('row', { name: /193\.33\.99\.128\/25/ });
    expect(row).toHaveTextContent('Loading prices…');
    expect(row).not.toHaveTextContent('Not given');
    await waitFor(() => expect(row).toHaveTextContent('CHF 100.00 once, CHF 300.00 a year'));
  });

  it('an AS number the list does not have is said before the form is filled in', async () => {
    await renderApp('/internet/asns/987654/edit', { connection: 'operator' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Update AS number #987654' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Not among this key’s AS numbersThe list of AS numbers has no record #987654',
    );
    // Never a trap: the form is still there.
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('from the keyboard: Delete, type the AS number, Enter', async () => {
    const { user } = await renderApp('/internet/asns', { connection: 'operator' });
    (await screen.findByRole('button', { name: 'Delete AS65540' })).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Delete AS65540?' });
    expect(within(dialog).getByRole('textbox', { name: 'Type AS65540 to confirm' })).toHaveFocus();
    await user.keyboard('AS65540{Enter}');
    expect(await screen.findByText('2 AS numbers')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /AS65540/ })).not.toBeInTheDocument();
    // The Delete that opened the dialog is gone with its row: focus goes to the page, not the body.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'AS numbers' })).toHaveFocus());
  });

  it('resources show the documented size defaults, and the update says its fields are the customer’s', async () => {
    const { user } = await renderApp('/internet/resources', { connection: 'operator' });
    await user.type(await screen.findByRole('textbox', { name: 'Resource id' }), '700001');
    expect(
      await screen.findByText(
        'Left empty, the API uses its documented default: 48 for IPv6, 32 for AS numbers and IPv4.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/documents this update with a customer’s fields/)).toBeInTheDocument();
  });

  it('says at the field why a resource size is refused, in words, and what the order’s answer means', async () => {
    const { user } = await renderApp('/internet/resources', { connection: 'operator' });
    const size = await screen.findByRole('textbox', { name: /^Size in bits/ });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'XC');
    for (const [typed, said] of [
      ['0', 'At least 1 bit'],
      ['48.5', 'A whole number of bits'],
      ['129', 'At most 128 bits'],
    ] as const) {
      await user.clear(size);
      await user.type(size, typed);
      await user.click(screen.getByRole('button', { name: 'Order resource' }));
      await waitFor(() => expect(size).toHaveAccessibleDescription(expect.stringContaining(said)));
    }
    await user.clear(size);
    await user.type(size, '48');
    await user.click(screen.getByRole('button', { name: 'Order resource' }));
    // The documented answer is an empty object, said in plain text (no Markdown backticks).
    expect(
      await screen.findByText(
        'Cross connect ordered. The API answers with {}: the resource appears once provisioned.',
      ),
    ).toBeInTheDocument();
  });
});
