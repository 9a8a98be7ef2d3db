import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/api/connection';
import { requestLogStore } from '@/api/request-log';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { pastedDemoKey } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const operator = pastedDemoKey('operator');

async function openExplorer(search = '', connection: Connection = operator) {
  const app = await renderApp(`/explorer${search}`, { connection });
  await screen.findByRole('heading', { level: 1, name: 'API explorer' });
  return app;
}

const endpointPanel = (path: RegExp) => screen.getByRole('region', { name: path });

// The whole app renders in each test, which takes seconds on a busy machine.
describe('API explorer', { timeout: 15_000 }, () => {
  it('downloads the OpenAPI document of every endpoint', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:openapi';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await openExplorer();
    await user.click(screen.getByRole('button', { name: 'Download OpenAPI' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const document = JSON.parse(await (blobs[0] as Blob).text());
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths as Record<string, object>).flatMap(Object.keys);
    expect(operations).toHaveLength(43);
  });

  it('marks what a customer key cannot reach, and nothing for an operator', async () => {
    await openExplorer('', {
      ...operator,
      apiKey: demoKey('customer').key,
      capabilities: { customerNumber: DEMO_CUSTOMER_NUMBER },
    });
    const list = screen.getByRole('region', { name: 'Endpoints' });
    const zone = within(list)
      .getAllByRole('button')
      .find((b) => b.textContent?.includes('/v1/manage/bind/'));
    expect(zone).toHaveTextContent(`Operator only: this key reaches only customer ${DEMO_CUSTOMER_NUMBER}.`);
    const users = within(list)
      .getAllByRole('button')
      .find((b) => b.textContent?.includes('/v1/customer/user/'));
    expect(users).not.toHaveTextContent(/Not for this key/);
  });

  it('lists every endpoint by area and filters by path, summary or id', async () => {
    const { user } = await openExplorer();
    const list = screen.getByRole('region', { name: 'Endpoints' });
    expect(within(list).getAllByRole('button')).toHaveLength(43);
    expect(within(list).getByRole('heading', { name: 'DNS zones' })).toBeInTheDocument();
    expect(
      within(list).getByRole('button', { name: /\/v1\/internet\/resouces\/asn\/\{id\}/ }),
    ).toBeInTheDocument();

    await user.type(within(list).getByLabelText(/filter/i), 'poster');
    await waitFor(() => expect(within(list).getAllByRole('button')).toHaveLength(1));
    expect(within(list).getByRole('button', { name: /cover image of a movie/ })).toBeInTheDocument();
  });

  it('keeps the filter in the URL, so a reload or a shared link shows the same endpoints', async () => {
    const first = await openExplorer();
    await first.user.type(screen.getByLabelText(/filter/i), 'zone');
    await waitFor(() => expect(first.router.state.location.search).toEqual({ q: 'zone' }));
    const link = first.router.state.location.href;
    first.unmount();

    await openExplorer(link.slice('/explorer'.length));
    const list = screen.getByRole('region', { name: 'Endpoints' });
    expect(within(list).getByLabelText(/filter/i)).toHaveValue('zone');
    expect(within(list).getAllByRole('button')).toHaveLength(6);
  });

  it('narrows to an area and says so; showing all keeps the keyboard on the list', async () => {
    const { user } = await openExplorer('?area=servers');
    expect(screen.getByText(/only this area’s endpoints are shown/)).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Endpoints' });
    expect(within(list).getAllByRole('button')).toHaveLength(4);

    screen.getByRole('button', { name: 'Show all areas' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(list).getAllByRole('button').length).toBeGreaterThan(40));
    expect(screen.queryByRole('button', { name: 'Show all areas' })).not.toBeInTheDocument();
    expect(within(list).getByLabelText(/filter/i)).toHaveFocus();
  });

  it('puts the selected endpoint in the URL and shows its param field', async () => {
    const { user, router } = await openExplorer();
    await user.click(
      screen.getByRole('button', { name: /\/v1\/customer\/user\/\{userId\} List details of selected user/ }),
    );
    await waitFor(() => expect(router.state.location.search).toMatchObject({ endpoint: 'user.get' }));
    const panel = endpointPanel(/\/v1\/customer\/user\/\{userId\}/);
    expect(within(panel).getByText('List details of selected user')).toBeInTheDocument();
    expect(within(panel).getByText(/a user id looks like 12345678_1234/i)).toBeInTheDocument();
    const userId = within(panel).getByRole('textbox', { name: /userId/ });
    expect(userId).toHaveAttribute('aria-required', 'true');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('a record page’s "Open in API explorer" fills in its path params, and they survive a reload', async () => {
    const zonePage = await renderApp('/dns/500001/bergwerk-digital.com', { connection: operator });
    await zonePage.user.click(await screen.findByRole('link', { name: /Open in API explorer/ }));
    await screen.findByRole('heading', { level: 1, name: 'API explorer' });
    const link = zonePage.router.state.location.href;
    zonePage.unmount();

    const { user, router } = await openExplorer(link.slice('/explorer'.length));
    const panel = endpointPanel(/\/v1\/manage\/bind\/\{productid\}\/zone\/\{zone\}/);
    expect(within(panel).getByRole('textbox', { name: /productid/ })).toHaveValue('500001');
    expect(within(panel).getByRole('textbox', { name: /^zone/ })).toHaveValue('bergwerk-digital.com');
    expect(screen.getByText(/only this area’s endpoints are shown/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Send request' }));
    expect(await within(panel).findByText(/Status 200 OK/)).toBeInTheDocument();

    // Another endpoint starts empty: the params belonged to the page's call.
    await user.click(screen.getByRole('button', { name: /Remove a specified dns zone/ }));
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ area: 'dns', endpoint: 'zone.delete' }),
    );
    const other = endpointPanel(/DELETE/);
    expect(within(other).getByRole('textbox', { name: /productid/ })).toHaveValue('');
  });

  it('keeps what was typed across a reload, but never a password', async () => {
    const first = await openExplorer('?endpoint=user.create');
    const panel = endpointPanel(/POST \/v1\/customer\/user\/\{customerNumber\}/);
    await first.user.type(
      within(panel).getByRole('textbox', { name: /customerNumber/ }),
      DEMO_CUSTOMER_NUMBER,
    );
    await first.user.type(within(panel).getByRole('textbox', { name: /^lastname/ }), 'Muster');
    await first.user.type(within(panel).getByLabelText(/^password/), 'Geheim-Passwort-42');
    expect(JSON.stringify(sessionStorage)).toContain('Muster');
    expect(JSON.stringify(sessionStorage)).not.toContain('Geheim-Passwort-42');
    // Nor as raw JSON: a body that names a password is not kept.
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Edit the body as raw JSON' }));
    const raw = within(panel).getByRole('textbox', { name: /Raw JSON body/ }) as HTMLTextAreaElement;
    expect(raw.value).toContain('Geheim-Passwort-42');
    expect(JSON.stringify(sessionStorage)).not.toContain('Geheim-Passwort-42');
    await first.user.click(within(panel).getByRole('checkbox', { name: 'Edit the body as raw JSON' }));
    first.unmount();

    await openExplorer('?endpoint=user.create');
    const again = endpointPanel(/POST \/v1\/customer\/user\/\{customerNumber\}/);
    expect(within(again).getByRole('textbox', { name: /customerNumber/ })).toHaveValue(DEMO_CUSTOMER_NUMBER);
    expect(within(again).getByRole('textbox', { name: /^lastname/ })).toHaveValue('Muster');
    expect(within(again).getByLabelText(/^password/)).toHaveValue('');
  });

  it('generates the customer form from its schema: required and optional fields', async () => {
    await openExplorer('?endpoint=customer.create');
    const panel = endpointPanel(/POST \/v1\/customer$/);
    expect(within(panel).getByText('Current docs')).toBeInTheDocument();
    for (const name of ['description', 'country']) {
      // Exact names: "(required)" as the schema says.
      const input = within(panel).getByRole(name === 'country' ? 'combobox' : 'textbox', {
        name: `${name} (required)`,
      });
      expect(input).toBeRequired();
    }
    for (const name of [
      'street',
      'streetnumber',
      'zipcode',
      'city',
      'state',
      'telephonenumber',
      'mobile',
      'vatid',
    ]) {
      const input = within(panel).getByRole('textbox', { name: `${name} (optional)` });
      expect(input).not.toBeRequired();
    }
  });

  it('renders a choice as a select and a number as a number input', async () => {
    await openExplorer('?endpoint=tunnel.createLayer2');
    expect(screen.getByRole('combobox', { name: /^type/ })).toHaveDisplayValue('Choose…');
    expect(screen.getByRole('spinbutton', { name: /^exchange/ })).toBeInTheDocument();
  });

  it('renders an optional flag as a checkbox that can be left out of the request', async () => {
    const { user } = await openExplorer('?endpoint=zone.create');
    const dnssec = screen.getByRole('checkbox', { name: 'dnssec (optional)' });
    expect(dnssec).not.toBeChecked();
    expect(dnssec).toHaveAccessibleDescription(/not sent/);
    await user.click(dnssec);
    expect(dnssec).toHaveAccessibleDescription(/sent as true/);
    await user.click(screen.getByRole('button', { name: /Don’t send dnssec/ }));
    expect(dnssec).toHaveAccessibleDescription(/not sent/);
    expect(screen.queryByRole('button', { name: /Don’t send dnssec/ })).not.toBeInTheDocument();
    expect(dnssec).toHaveFocus();
  });

  it('renders a list of strings as a textarea, one value per line', async () => {
    await openExplorer('?endpoint=group.update');
    const members = screen.getByRole('textbox', { name: 'members (required)' });
    expect(members.tagName).toBe('TEXTAREA');
    expect(members).toHaveAccessibleDescription(/One value per line/);
  });

  it('checks a bad param with the schema and sends nothing', async () => {
    const { user } = await openExplorer('?endpoint=user.get');
    await user.type(screen.getByRole('textbox', { name: /userId/ }), 'not-a-user');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const input = screen.getByRole('textbox', { name: /userId/ });
    expect(await screen.findByText('A user id looks like 12345678_1234')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(requestLogStore.get()).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Response' })).not.toBeInTheDocument();
  });

  it('sends through the simulated API and shows status, headers and body', async () => {
    const { user } = await openExplorer('?endpoint=customer.get');
    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), DEMO_CUSTOMER_NUMBER);
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const response = await screen.findByRole('region', { name: 'Response' });
    expect(response).toHaveTextContent(/200 OK in \d+ ms/);
    expect(screen.getByText(/^Response: Status 200 OK after \d+ ms\.$/)).toHaveAttribute('role', 'status');
    expect(within(response).getByText(/ratelimit-remaining/i)).toBeInTheDocument();
    expect(within(response).getByRole('region', { name: 'Response body' })).toHaveTextContent(
      `"name": "${DEMO_CUSTOMER_NUMBER}"`,
    );
    expect(requestLogStore.get()[0]).toMatchObject({ endpointId: 'customer.get', status: 200 });
  });

  it('shows an error response with its code and documented meaning', async () => {
    const customerKey = pastedDemoKey('customer');
    const { user } = await openExplorer('?endpoint=customer.get', customerKey);
    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000002');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    const response = await screen.findByRole('region', { name: 'Response' });
    const alert = within(response).getByRole('alert');
    expect(alert).toHaveTextContent('403');
    expect(alert).toHaveTextContent('PATH_RESTRICTED');
    expect(alert).toHaveTextContent(
      'You do not have permission to use this path using the token that you supplied.',
    );
  });

  it('disables sending while a request is on its way: no double send', async () => {
    // Long enough that the second click lands while the first request is still on its way, even
    // on a loaded machine.
    faultStore.set({ ...NO_FAULTS, latencyMs: 3_000 });
    const { user } = await openExplorer('?endpoint=customer.list');
    const send = screen.getByRole('button', { name: 'Send request' });
    await user.click(send);
    const pending = screen.getByRole('button', { name: 'Sending…' });
    // Off, yet focusable: a focused button that turned disabled would drop the keyboard's place.
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    await user.click(pending);
    await screen.findByRole('region', { name: 'Response' }, { timeout: 15_000 });
    expect(requestLogStore.get()).toHaveLength(1);
    faultStore.set(NO_FAULTS);
  });

  it('shows the request as curl with $API_KEY unless the key is revealed', async () => {
    const { user } = await openExplorer('?endpoint=customer.create');
    await user.type(screen.getByRole('textbox', { name: /^description/ }), "Muster's AG");
    await user.type(screen.getByRole('combobox', { name: /^country/ }), 'ch');
    const curl = screen.getByRole('region', { name: 'curl command' });
    await waitFor(() => expect(curl).toHaveTextContent(`"description":"Muster'\\''s AG","country":"CH"`));
    expect(curl).toHaveTextContent(/curl -X POST 'http:\/\/localhost(:\d+)?\/demo-api\/v1\/customer'/);
    expect(curl).toHaveTextContent('-H "Authorization: Bearer $API_KEY"');
    expect(curl).not.toHaveTextContent(operator.apiKey);
    await user.click(screen.getByRole('checkbox', { name: 'Reveal key' }));
    expect(curl).toHaveTextContent(`-H 'Authorization: Bearer ${operator.apiKey}'`);
  });

  it('edits the body as raw JSON and back', async () => {
    const { user } = await openExplorer('?endpoint=suffix.create');
    await user.type(screen.getByRole('textbox', { name: /^suffix/ }), 'example.ch');
    await user.click(screen.getByRole('checkbox', { name: 'Edit the body as raw JSON' }));
    const raw = screen.getByRole('textbox', { name: 'Raw JSON body' });
    expect(JSON.parse((raw as HTMLTextAreaElement).value)).toEqual({ suffix: 'example.ch' });
    await user.clear(raw);
    await user.type(raw, '{{"suffix": "other.ch"}');
    await user.click(screen.getByRole('checkbox', { name: 'Edit the body as raw JSON' }));
    expect(screen.getByRole('textbox', { name: /^suffix/ })).toHaveValue('other.ch');
  });
});
