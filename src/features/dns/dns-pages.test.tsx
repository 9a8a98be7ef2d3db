import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { fill, giveScrollersHeight, recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('DNS zone pages against the simulated API', { timeout: 30_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    giveScrollersHeight();
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('lists a product’s zones (#19), filters as the user types and keeps the search in the URL', async () => {
    const { user, router } = await renderApp('/dns/500001', { connection: 'operator' });
    const table = screen.getByRole('table', { name: 'DNS zones' });
    expect(within(table).getByRole('link', { name: 'bergwerk.ch' })).toBeInTheDocument();
    // The IDN zone reads in Unicode, with its xn-- form beside it.
    expect(within(table).getByRole('link', { name: /zürich-bergwerk\.ch/ })).toBeInTheDocument();
    // Updated reads as every API date in the console does: local time, the UTC value on hover.
    const row = within(table).getByRole('link', { name: 'bergwerk.ch' }).closest('tr') as HTMLElement;
    const updated = within(row).getByTitle(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(updated.tagName).toBe('TIME');
    await user.type(screen.getByRole('searchbox', { name: 'Search zones' }), 'shop');
    expect(within(table).getAllByRole('link')).toHaveLength(1);
    await waitFor(() => expect(router.state.location.search).toEqual({ q: 'shop' }));
    expect(requests.seen.filter((r) => r.path === '/v1/manage/bind/500001/zone')).toHaveLength(1);
  });

  it('remembers the product for this connection and offers it on the product page', async () => {
    const first = await renderApp('/dns/500002', { connection: 'operator' });
    first.unmount();
    await renderApp('/dns', { connection: 'operator' });
    const recent = screen.getByRole('region', { name: 'Recently used with this connection' });
    expect(within(recent).getByRole('link', { name: /500002/ })).toBeInTheDocument();
  });

  it('forgets products used before from the keyboard, keeping its place in the list, then the id field', async () => {
    for (const id of ['500002', '500003'])
      (await renderApp(`/dns/${id}`, { connection: 'operator' })).unmount();
    const { user } = await renderApp('/dns', { connection: 'operator' });
    const recent = screen.getByRole('region', { name: 'Recently used with this connection' });
    // jsdom drops the space before a visually hidden span; Chromium reads "Forget (product 500003)".
    const forgets = () => within(recent).queryAllByRole('button', { name: /^Forget/ });
    expect(forgets()).toHaveLength(2);
    forgets()[0]?.focus();
    await user.keyboard('{Enter}');
    expect(forgets()).toHaveLength(1);
    expect(forgets()[0]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      screen.queryByRole('region', { name: 'Recently used with this connection' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'DNS product id' })).toHaveFocus();
  });

  it('names a product used before from the keyboard, and Escape leaves the name as it was', async () => {
    const first = await renderApp('/dns/500002', { connection: 'operator' });
    first.unmount();
    const { user } = await renderApp('/dns', { connection: 'operator' });
    const recent = screen.getByRole('region', { name: 'Recently used with this connection' });
    // jsdom drops the space before a visually hidden span; Chromium reads "Name it (product 500002)".
    const nameItName = /^Name it ?\(product 500002\)$/;
    await user.click(within(recent).getByRole('button', { name: nameItName }));
    const box = within(recent).getByRole('textbox', { name: 'Name for product 500002' });
    expect(box).toHaveFocus();
    await user.keyboard('Zürich web{Enter}');
    expect(within(recent).getByRole('link', { name: '500002 Zürich web' })).toBeInTheDocument();
    const nameIt = within(recent).getByRole('button', { name: nameItName });
    expect(nameIt).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('{Control>}a{/Control}Basel{Escape}');
    expect(within(recent).getByRole('link', { name: '500002 Zürich web' })).toBeInTheDocument();
    expect(within(recent).getByRole('button', { name: nameItName })).toHaveFocus();
  });

  it('shows a zone (#20) with SOA values in human units, the serial decoded and DNSSEC state', async () => {
    await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    const soa = screen.getByRole('region', { name: 'SOA record' });
    expect(within(soa).getByText('2 days')).toHaveAttribute('title', '172800 seconds');
    expect(
      within(soa).getByText(/changed on \d{4}-\d{2}-\d{2}, change \d{2} of that day/),
    ).toBeInTheDocument();
    expect(within(soa).getByText('Off: answers are unsigned')).toBeInTheDocument();
    for (const label of ['Created', 'Updated']) {
      const value = within(soa).getByText(label).nextElementSibling as HTMLElement;
      expect(within(value).getByTitle(/ UTC$/).tagName).toBe('TIME');
    }
    expect(screen.getByRole('link', { name: /Open in API explorer/ })).toBeInTheDocument();
  });

  it('shows a hostmaster the API holds as an e-mail address beside its SOA form, as the form’s hint said', async () => {
    const { user } = await renderApp('/dns/500001/bergwerk.ch', { connection: 'operator' });
    await user.clear(field(/Hostmaster/));
    await user.type(field(/Hostmaster/), 'dns@bergwerk.ch');
    expect(field(/Hostmaster/)).toHaveAccessibleDescription(/this reads dns\.bergwerk\.ch/);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.writes()).toHaveLength(1));
    const soa = screen.getByRole('region', { name: 'SOA record' });
    const hostmaster = within(soa).getByText('Hostmaster', { selector: 'dt' }).nextElementSibling;
    await waitFor(() => expect(hostmaster).toHaveTextContent('dns@bergwerk.ch (dns.bergwerk.ch)'));
  });

  it('names an IDN zone’s hostmaster in Unicode, beside the SOA form the API holds', async () => {
    await renderApp('/dns/500001/xn--zrich-bergwerk-gsb.ch', { connection: 'operator' });
    const soa = screen.getByRole('region', { name: 'SOA record' });
    const hostmaster = within(soa).getByText('Hostmaster', { selector: 'dt' }).nextElementSibling;
    expect(hostmaster).toHaveTextContent(
      'hostmaster@zürich-bergwerk.ch (hostmaster.xn--zrich-bergwerk-gsb.ch)',
    );
  });

  it('edits an IDN zone’s hostmaster in Unicode, as typed, and sends its xn-- form only when changed', async () => {
    const { user } = await renderApp('/dns/500001/xn--zrich-bergwerk-gsb.ch', { connection: 'operator' });
    expect(field(/Hostmaster/)).toHaveValue('hostmaster@zürich-bergwerk.ch');
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '7200');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.writes()).toHaveLength(1));
    expect(requests.writes()[0]?.body).toEqual({ ttl: 7200 });

    await user.clear(field(/Hostmaster/));
    await user.type(field(/Hostmaster/), 'dns@zürich-bergwerk.ch');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.writes()).toHaveLength(2));
    expect(requests.writes()[1]?.body).toEqual({ hostmaster: 'dns@xn--zrich-bergwerk-gsb.ch' });
  });

  it('sends only the changed TTL (#23), shows it at once, then the serial and time the API set', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    const soa = screen.getByRole('region', { name: 'SOA record' });
    const today = new Date().toISOString().slice(0, 10);
    expect(within(soa).queryByText(new RegExp(`changed on ${today}`))).not.toBeInTheDocument();
    // Nothing changed yet: the button says so rather than sending nothing with an error.
    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save).toHaveAccessibleDescription('Nothing changed yet');
    await user.click(save);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '3600');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await within(soa).findByText('1 hour')).toBeInTheDocument();
    expect(
      await within(soa).findByText(new RegExp(`changed on ${today}, change 01 of that day`)),
    ).toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: '/v1/manage/bind/500002/zone/4b42.com', body: { ttl: 3600 } },
    ]);
    expect(requests.seen.filter((r) => r.method === 'GET' && r.path.endsWith('/4b42.com'))).toHaveLength(2);
  });

  it('a PUT whose answer was cut short: re-reads the zone, finds the change and says so', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '3600');
    failNextCall({ endpointId: 'zone.update', kind: 'malformed', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    await user.click(within(outcome).getByRole('button', { name: 'Show the zone' }));
    expect(screen.queryByRole('region', { name: 'Outcome unknown' })).not.toBeInTheDocument();
    const soa = screen.getByRole('region', { name: 'SOA record' });
    expect(within(soa).getByText('1 hour')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('a 500 before the PUT was carried out: not found, sent again only on the user’s click', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '3600');
    failNextCall({ endpointId: 'zone.update', status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    await user.click(within(outcome).getByRole('button', { name: 'Send again' }));
    const soa = screen.getByRole('region', { name: 'SOA record' });
    expect(await within(soa).findByText('1 hour')).toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: '/v1/manage/bind/500002/zone/4b42.com', body: { ttl: 3600 } },
      { method: 'PUT', path: '/v1/manage/bind/500002/zone/4b42.com', body: { ttl: 3600 } },
    ]);
  });

  it('asks before leaving with a change, and not once the change is reverted', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '60');
    await user.click(within(crumbs).getByRole('link', { name: 'DNS products' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.clear(field('TTL'));
    await user.type(field('TTL'), '172800');
    await user.click(within(crumbs).getByRole('link', { name: 'DNS products' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'DNS zones' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('warns about RFC 1912 but saves anyway', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    await user.clear(field('Retry'));
    await user.type(field('Retry'), '90000');
    expect(screen.getByText('RFC 1912 recommends a retry shorter than the refresh.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests.writes()).toHaveLength(1));
    expect(requests.writes()[0]?.body).toEqual({ retry: 90000 });
  });

  it('opens a new zone on the API’s defaults without warnings, and warns once a timer is changed', async () => {
    const { user } = await renderApp('/dns/new?product=500001', { connection: 'operator' });
    // The API's defaults: a refresh of 1 day and an expire of about 6 weeks, both beyond RFC 1912.
    expect(field('Refresh')).toHaveValue('86400');
    expect(field('Expire')).toHaveValue('3600000');
    expect(screen.queryByText(/RFC 1912 recommends/)).not.toBeInTheDocument();

    // A refresh below the retry: the retry's advice follows the refresh the user changed.
    await user.clear(field('Refresh'));
    await user.type(field('Refresh'), '3600');
    expect(field('Retry')).toHaveAccessibleDescription(
      /RFC 1912 recommends a retry shorter than the refresh\./,
    );
    expect(field('Refresh')).not.toHaveAccessibleDescription(/RFC 1912/);
    // The expire reads the refresh too, so its advice shows now.
    expect(field('Expire')).toHaveAccessibleDescription(/RFC 1912 recommends an expire of 2 to 4 weeks/);
  });

  it('explains a DNS_* failure of the update, without claiming what the zone read again disproves', async () => {
    const { user } = await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    failNextCall({ endpointId: 'zone.update', status: 500, code: 'DNS_ZONE_SIGN_FAILED' });
    await user.click(screen.getByRole('checkbox', { name: /Sign the zone with DNSSEC/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/The zone could not be signed, so DNSSEC is not on/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Sign the zone with DNSSEC/ })).toBeChecked();
    // The docs say no more than that: whether the rest was saved is the re-read's to say, and here
    // (a 500 before anything was done) it was not. The advice must not claim otherwise.
    expect(await screen.findByText(/it was not saved/)).toBeInTheDocument();
    expect(screen.queryByText(/The other values were saved/)).not.toBeInTheDocument();
  });

  it('creates an IDN zone inside the product with #22, sending the xn-- form', async () => {
    const { user } = await renderApp('/dns/new?product=500001', { connection: 'operator' });
    expect(screen.getByRole('note')).toHaveTextContent('POST /v1/manage/bind/{productid}/zone');
    await fill(user, field('Zone name'), 'bäckerei-zürich.ch');
    expect(screen.getByText('xn--bckerei-zrich-bfb28a.ch', { exact: false })).toBeInTheDocument();
    await fill(user, field(/Hostmaster e-mail address/), 'dns@bergwerk.ch');
    expect(screen.getByText('dns.bergwerk.ch')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create zone' }));
    expect(await screen.findByRole('region', { name: 'SOA record' })).toBeInTheDocument();
    const [post] = requests.writes();
    expect(post).toMatchObject({
      method: 'POST',
      path: '/v1/manage/bind/500001/zone',
      body: {
        name: 'xn--bckerei-zrich-bfb28a.ch',
        hostmaster: 'dns@bergwerk.ch',
        ttl: 172800,
        dnssec: false,
      },
    });
  });

  it('a create in a product whose answer was cut short: finds the zone and opens it', async () => {
    const { user } = await renderApp('/dns/new?product=500001', { connection: 'operator' });
    await fill(user, field('Zone name'), 'verloren.ch');
    failNextCall({ endpointId: 'zone.createForProduct', kind: 'malformed', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Create zone' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    await user.click(within(outcome).getByRole('button', { name: 'Open the zone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'verloren.ch' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('a 500 before a create in a product was carried out: not found, the input kept', async () => {
    const { user } = await renderApp('/dns/new?product=500001', { connection: 'operator' });
    await fill(user, field('Zone name'), 'zweiter-versuch.ch');
    failNextCall({ endpointId: 'zone.createForProduct', status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Create zone' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(field('Zone name')).toHaveValue('zweiter-versuch.ch');
    expect(requests.writes()).toHaveLength(1);
  });

  it('creates without a product with #21, which requires a hostmaster, and shows every error at once', async () => {
    const { user } = await renderApp('/dns/new', { connection: 'operator' });
    expect(screen.getByRole('note')).toHaveTextContent('POST /v1/internet/domain_name_system/zone');
    await user.clear(field('TTL'));
    await user.click(screen.getByRole('button', { name: 'Create zone' }));
    expect(await screen.findByText('Enter a domain name')).toBeInTheDocument();
    expect(screen.getByText(/Enter an e-mail address or the SOA form/)).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(0);
  });

  it('puts ZONE_ALREADY_IN_USE on the name and INVALID_EMAIL on the hostmaster', async () => {
    const { user } = await renderApp('/dns/new?product=500001', { connection: 'operator' });
    await fill(user, field('Zone name'), '4b42.com');
    await user.click(screen.getByRole('button', { name: 'Create zone' }));
    await waitFor(() =>
      expect(field('Zone name')).toHaveAccessibleDescription(
        expect.stringContaining('The zone 4b42.com is already in use.'),
      ),
    );
    expect(field('Zone name')).toHaveFocus();
    // The field says what to change; above the button, what the API answered.
    expect(screen.getByRole('alert')).toHaveTextContent(/Status\s*409.*Code\s*ZONE_ALREADY_IN_USE/);

    await user.clear(field('Zone name'));
    await fill(user, field('Zone name'), 'neu-4b42.ch');
    failNextCall({
      endpointId: 'zone.createForProduct',
      status: 400,
      code: 'INVALID_EMAIL',
      message: 'Invaild E-Mail',
    });
    await user.click(screen.getByRole('button', { name: 'Create zone' }));
    await waitFor(() =>
      expect(field(/Hostmaster e-mail address/)).toHaveAccessibleDescription(
        expect.stringContaining('Invaild E-Mail'),
      ),
    );
    expect(field(/Hostmaster e-mail address/)).toHaveFocus();
  });

  it('puts INVALID_FQDN on the name with #21', async () => {
    const { user } = await renderApp('/dns/new', { connection: 'operator' });
    await fill(user, field('Zone name'), 'neu-zone.ch');
    await fill(user, field(/Hostmaster e-mail address/), 'dns@neu-zone.ch');
    failNextCall({ endpointId: 'zone.create', status: 400, code: 'INVALID_FQDN', message: 'Invaild FQDN' });
    await user.click(screen.getByRole('button', { name: 'Create zone' }));
    await waitFor(() =>
      expect(field('Zone name')).toHaveAccessibleDescription(expect.stringContaining('Invaild FQDN')),
    );
    expect(field('Zone name')).toHaveFocus();
  });

  it('explains a DNS_* failure of a delete in the dialog', async () => {
    const { user } = await renderApp('/dns/500002/4b42.local', { connection: 'operator' });
    failNextCall({ endpointId: 'zone.delete', status: 500, code: 'DNS_ZONE_DELETE_FAILED' });
    await user.click(screen.getByRole('button', { name: 'Delete zone…' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), '4b42.local');
    await user.click(within(dialog).getByRole('button', { name: 'Delete zone' }));
    expect(await within(dialog).findByText(/the zone is still served/)).toBeInTheDocument();
  });

  it('names an IDN zone to delete as its page does, with the exact name to type beside it', async () => {
    const { user } = await renderApp('/dns/500001/xn--zrich-bergwerk-gsb.ch', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'zürich-bergwerk.ch' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete zone…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Delete zone zürich-bergwerk.ch (xn--zrich-bergwerk-gsb.ch)?',
    });
    expect(
      within(dialog).getByRole('textbox', { name: 'Type xn--zrich-bergwerk-gsb.ch to confirm' }),
    ).toBeInTheDocument();
    // Its link to the call opens the explorer on this zone's DELETE.
    const call = new URL(
      within(dialog).getByRole('link', { name: 'The call' }).getAttribute('href') ?? '',
      'http://x',
    ).searchParams;
    expect(call.get('endpoint')).toBe('zone.delete');
    expect(JSON.parse(call.get('params') ?? '')).toEqual({
      productid: '500001',
      zone: 'xn--zrich-bergwerk-gsb.ch',
    });
  });

  it('deletes a zone (#24) only after its name is typed', async () => {
    const { user } = await renderApp('/dns/500002/4b42.local', { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete zone…' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete zone' });
    await user.click(confirm);
    expect(requests.writes()).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox'), '4b42.local');
    await user.click(confirm);
    expect(await screen.findByRole('table', { name: 'DNS zones' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '4b42.local' })).not.toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'DELETE', path: '/v1/manage/bind/500002/zone/4b42.local', body: undefined },
    ]);
  });

  it('says when a zone path cannot be a zone, and when a product does not exist', async () => {
    const first = await renderApp('/dns/500002/not_a_zone', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Not a zone name' })).toBeInTheDocument();
    expect(requests.seen).toHaveLength(0);
    first.unmount();
    await renderApp('/dns/999999', { connection: 'operator' });
    expect(await screen.findByText('No DNS product 999999 for this key')).toBeInTheDocument();
  });
});
