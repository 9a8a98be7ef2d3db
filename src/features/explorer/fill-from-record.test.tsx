import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pastedDemoKey, recordRequests } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

async function openUpdate(endpointId: string, connection = pastedDemoKey('operator')) {
  const app = await renderApp(`/explorer?endpoint=${endpointId}`, { connection });
  await screen.findByRole('heading', { level: 1, name: 'API explorer' });
  return app;
}

const fill = () => screen.getByRole('button', { name: 'Fill from the current record' });

/** Customer 10000003's update, with the body as raw JSON holding `json`. */
async function openRawUpdate(json: string) {
  const app = await openUpdate('customer.update');
  const { user } = app;
  await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000003');
  await user.click(screen.getByRole('checkbox', { name: 'Edit the body as raw JSON' }));
  const raw = screen.getByRole('textbox', { name: 'Raw JSON body' });
  await user.clear(raw);
  await user.click(raw);
  await user.paste(json);
  return { ...app, raw };
}

describe('explorer: an update filled from the current record', { timeout: 15_000 }, () => {
  let requests: ReturnType<typeof recordRequests>;
  beforeEach(() => {
    requests = recordRequests();
  });
  afterEach(() => requests.stop());

  it('asks for the path parameter first, at its field, and reads nothing', async () => {
    const { user } = await openUpdate('customer.update');
    const number = screen.getByRole('textbox', { name: /customerNumber/ });
    await user.click(fill());
    expect(number).toHaveAccessibleDescription(/A customer number has 8 digits/);
    expect(number).toHaveFocus();
    expect(requests.seen).toEqual([]);
    // Once it is right, the message goes, without a send.
    await user.type(number, '10000003');
    expect(number).not.toHaveAccessibleDescription(/A customer number has 8 digits/);
  });

  it('fills the empty fields with one read, keeps what was typed, and sends the result', async () => {
    const { user } = await openUpdate('customer.update');
    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000003');
    const street = screen.getByRole('textbox', { name: 'street (optional)' });
    await user.type(street, 'Neue Strasse');
    await user.click(fill());
    expect(await screen.findByText('9 fields filled from the current record.')).toHaveRole('status');
    expect(screen.getByRole('textbox', { name: 'description (required)' })).toHaveValue(
      'Rheinhafen Logistik AG',
    );
    expect(screen.getByRole('textbox', { name: 'city (optional)' })).toHaveValue('Basel');
    expect(street).toHaveValue('Neue Strasse');
    expect(requests.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/customer/10000003']);

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('region', { name: 'Response' });
    expect(requests.writes()).toEqual([
      {
        method: 'PUT',
        path: '/v1/customer/10000003',
        body: expect.objectContaining({
          description: 'Rheinhafen Logistik AG',
          street: 'Neue Strasse',
          city: 'Basel',
          country: 'CH',
        }),
      },
    ]);
  });

  it('fills a group’s members as one DN a line', async () => {
    const { user } = await openUpdate('group.update');
    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000001');
    await user.type(screen.getByRole('textbox', { name: /groupName/ }), 'Support');
    await user.click(fill());
    expect(await screen.findByText('1 field filled from the current record.')).toBeInTheDocument();
    const members = (screen.getByRole('textbox', { name: /members/ }) as HTMLTextAreaElement).value;
    expect(members.split('\n')).toEqual([
      expect.stringMatching(/^CN=Rüegg\\, Anna-Lena,/),
      expect.stringMatching(/^CN=Bernasconi\\, Chiara,/),
      expect.stringMatching(/^CN=Schmid\\, Lea,/),
    ]);
  });

  it('shows why the record could not be read, and leaves the body as it was', async () => {
    const { user } = await openUpdate('customer.update', pastedDemoKey('customer'));
    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000002');
    await user.click(fill());
    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('The current record could not be read');
    expect(panel).toHaveTextContent('PATH_RESTRICTED');
    expect(screen.getByRole('textbox', { name: 'description (required)' })).toHaveValue('');
  });

  it('takes the old failure away when the next click stops at a path parameter', async () => {
    const { user } = await openUpdate('customer.update', pastedDemoKey('customer'));
    const number = screen.getByRole('textbox', { name: /customerNumber/ });
    await user.type(number, '10000002');
    await user.click(fill());
    await screen.findByRole('alert');
    await user.clear(number);
    await user.type(number, '1234');
    await user.click(fill());
    expect(number).toHaveAccessibleDescription(/A customer number has 8 digits/);
    // The panel spoke of 10000002; nothing was read for 1234.
    expect(screen.queryByText('The current record could not be read')).toBeNull();
    expect(requests.seen).toHaveLength(1);
  });

  it('fills the keys the raw JSON lacks, keeps those it has, and sends the result', async () => {
    const { user, raw } = await openRawUpdate('{ "street": "Neue Strasse" }');
    await user.click(fill());
    expect(await screen.findByText('9 fields filled from the current record.')).toHaveRole('status');
    const body = JSON.parse((raw as HTMLTextAreaElement).value);
    expect(body).toMatchObject({
      description: 'Rheinhafen Logistik AG',
      city: 'Basel',
      street: 'Neue Strasse',
    });

    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await screen.findByRole('region', { name: 'Response' });
    expect(requests.writes()).toEqual([
      {
        method: 'PUT',
        path: '/v1/customer/10000003',
        body: expect.objectContaining({ description: 'Rheinhafen Logistik AG', street: 'Neue Strasse' }),
      },
    ]);
  });

  it('asks for JSON it can read before reading the record', async () => {
    const { user, raw } = await openRawUpdate('{ "street": ');
    await user.click(fill());
    expect(raw).toHaveAccessibleDescription(/^Fix the JSON before filling it:/);
    expect(raw).toHaveValue('{ "street": ');
    expect(requests.seen).toEqual([]);
    // Once it reads, the message goes, without a send.
    await user.type(raw, '"Neue Strasse" }}');
    expect(raw).not.toHaveAccessibleDescription(/Fix the JSON/);
  });

  it('is offered only where a GET reads what the update changes', async () => {
    await openUpdate('asn.update');
    const panel = screen.getByRole('region', { name: /PUT/ });
    expect(within(panel).queryByRole('button', { name: 'Fill from the current record' })).toBeNull();
  });
});
