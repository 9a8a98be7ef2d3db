import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { apiOrigin, DEMO_BASE_URL } from '@/api/connection';
import { toAsciiDomain } from '@/api/domain/domain-name';
import { failNextCall } from '@/mocks/demo-controls';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const PAGE = `/directory/${CUSTOMER}/suffixes`;
const addButton = () => screen.getByRole('button', { name: 'Add suffix' });
const suffixTable = () => screen.getByRole('table', { name: `UPN suffixes of customer ${CUSTOMER}` });

describe('UPN suffixes', () => {
  const requests = useDirectoryTestEnvironment();

  it('lists the suffixes, internationalised ones readable', async () => {
    await renderApp(PAGE, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'UPN suffixes' })).toBeInTheDocument();
    expect(screen.getByText(/^3 UPN suffixes/)).toBeInTheDocument();
    const list = suffixTable();
    expect(within(list).getByRole('cell', { name: 'bergwerk.ch' })).toBeInTheDocument();
    expect(
      within(list).getByRole('cell', { name: 'zürich-bergwerk.ch (xn--zrich-bergwerk-gsb.ch)' }),
    ).toBeInTheDocument();
    expect(list).toHaveTextContent('not configured yet');
  });

  it('finds a suffix by its readable or its xn-- form and sorts by the users signing in with it', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(screen.getByRole('searchbox', { name: 'Search suffixes' }), 'xn--zrich');
    await waitFor(() => expect(within(suffixTable()).getAllByRole('row')).toHaveLength(2));
    expect(suffixTable()).toHaveTextContent('zürich-bergwerk.ch');
    await user.clear(screen.getByRole('searchbox', { name: 'Search suffixes' }));

    // The demo's users sign in with @bergwerk.ch: last by users, then first in reverse.
    const firstRow = () => within(suffixTable()).getAllByRole('row')[1];
    await user.click(screen.getByRole('button', { name: /^Users/ }));
    expect(firstRow()).not.toHaveTextContent('10 users');
    await user.click(screen.getByRole('button', { name: /^Users/ }));
    expect(firstRow()).toHaveTextContent('10 users');
  });

  it('accepts the documented answer: one object instead of a list', async () => {
    const url = apiOrigin(DEMO_BASE_URL) + endpoint('suffix.list').path.replace('{customerNumber}', CUSTOMER);
    server.use(
      http.get(url, () =>
        HttpResponse.json({
          id: 1,
          created: '2018-03-10 00:48:42',
          description: 'Example Suffix',
          suffix: 'example.com',
          uid: 1,
          configured: true,
        }),
      ),
    );
    await renderApp(PAGE, { connection: 'operator' });
    const row = within(suffixTable()).getByRole('row', { name: /example\.com/ });
    expect(within(row).getByRole('cell', { name: 'Example Suffix' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'configured' })).toBeInTheDocument();
  });

  it('adds an internationalised domain in its xn-- form', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(textbox('Domain'), 'Bücher-Stube.ch');
    const ascii = toAsciiDomain('bücher-stube.ch');
    expect(ascii).toMatch(/^xn--/);
    expect(textbox('Domain')).toHaveAccessibleDescription(new RegExp(`Will be added as ${ascii}`));
    await user.click(addButton());
    await waitFor(() =>
      expect(within(suffixTable()).getByRole('cell', { name: /^bücher-stube\.ch/ })).toBeInTheDocument(),
    );
    expect(requests.writes()).toEqual([
      {
        method: 'POST',
        path: `/v1/customer/suffix/${CUSTOMER}`,
        body: { suffix: toAsciiDomain('bücher-stube.ch') },
      },
    ]);
    expect(await screen.findByText(`UPN suffix bücher-stube.ch (${ascii}) added`)).toBeInTheDocument();
    // Ready for the next one: emptied, the keyboard in it, and leaving it empty is no mistake before a send.
    expect(textbox('Domain')).toHaveValue('');
    expect(textbox('Domain')).toHaveFocus();
    await user.tab();
    expect(textbox('Domain')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a domain name')).not.toBeInTheDocument();
  });

  it.each([
    ['-bad.ch', 'A label may not start or end with a hyphen'],
    ['localhost', 'Enter a full domain name with at least two labels, e.g. example.com'],
    [`${'a'.repeat(64)}.ch`, 'Each label may have at most 63 characters'],
    ['under_score.ch', 'Use only letters, digits and hyphens between the dots'],
  ])('refuses %j before sending: %s', async (typed, message) => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(textbox('Domain'), typed);
    await user.click(addButton());
    await waitFor(() => expect(textbox('Domain')).toHaveAccessibleDescription(new RegExp(message)));
    expect(textbox('Domain')).toHaveFocus();
    expect(requests.writes()).toHaveLength(0);
  });

  it('says a suffix is already listed while it is typed, and still lets it be sent', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(textbox('Domain'), 'Zürich-Bergwerk.CH');
    expect(textbox('Domain')).toHaveAccessibleDescription(
      /zürich-bergwerk\.ch \(xn--zrich-bergwerk-gsb\.ch\) is already a UPN suffix of this customer/,
    );
    expect(textbox('Domain')).not.toHaveAttribute('aria-invalid');
    await user.clear(textbox('Domain'));
    await user.type(textbox('Domain'), 'bergwerk.chx');
    expect(textbox('Domain')).not.toHaveAccessibleDescription(/already a UPN suffix/);
    // A warning, not a block: the API has the last word, and its answer lands at the field.
    await user.type(textbox('Domain'), '{Backspace}');
    await user.click(addButton());
    await waitFor(() => expect(textbox('Domain')).toHaveAccessibleDescription(/already exists/));
    expect(textbox('Domain')).not.toHaveAccessibleDescription(/already a UPN suffix/);
    expect(requests.writes()).toEqual([
      { method: 'POST', path: `/v1/customer/suffix/${CUSTOMER}`, body: { suffix: 'bergwerk.ch' } },
    ]);
  });

  it('an add whose answer was cut short: finds the suffix in the list, says it was saved', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(textbox('Domain'), 'Verloren-Zürich.ch');
    failNextCall({ endpointId: 'suffix.create', kind: 'malformed', afterWrite: true });
    await user.click(addButton());

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    expect(within(suffixTable()).getByText('verloren-zürich.ch', { exact: false })).toBeInTheDocument();
    // Listed now because of this very send: not "already a suffix, the API would refuse it".
    expect(textbox('Domain')).not.toHaveAccessibleDescription(/already a UPN suffix/);
    await user.click(within(outcome).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Outcome unknown' })).not.toBeInTheDocument();
    expect(textbox('Domain')).toHaveValue('');
    expect(requests.writes()).toHaveLength(1);
  });

  it('puts UPN_ALREADY_EXIST and INVALID_FQDN from the API on the field', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.type(textbox('Domain'), 'bergwerk.ch');
    await user.click(addButton());
    await waitFor(() => expect(textbox('Domain')).toHaveAccessibleDescription(/already exists/));

    failNextCall({ status: 400, code: 'INVALID_FQDN', message: 'Invalid FQDN', endpointId: 'suffix.create' });
    await user.clear(textbox('Domain'));
    await user.type(textbox('Domain'), 'new-domain.ch');
    await user.click(addButton());
    await waitFor(() => expect(textbox('Domain')).toHaveAccessibleDescription(/Invalid FQDN/));
    expect(textbox('Domain')).toHaveValue('new-domain.ch');
  });

  it('names the users still signing in with a suffix before deleting it', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete bergwerk.ch' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the UPN suffix bergwerk.ch?' });
    const warning = within(dialog).getByRole('alert');
    expect(warning).toHaveTextContent('10 users still sign in with @bergwerk.ch');
    expect(warning).toHaveTextContent('Bühl, Kevin');
    expect(warning).toHaveTextContent('Schmid, Lea');
    const confirm = within(dialog).getByRole('button', { name: 'Delete suffix' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'bergwerk.ch');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.writes()).toEqual([
      { method: 'DELETE', path: `/v1/customer/suffix/${CUSTOMER}/bergwerk.ch`, body: undefined },
    ]);
    await waitFor(() =>
      expect(within(suffixTable()).queryByRole('cell', { name: 'bergwerk.ch' })).not.toBeInTheDocument(),
    );
    expect(within(suffixTable()).getAllByRole('row')).toHaveLength(3);
  });

  it('deletes an unused suffix with a plain confirmation', async () => {
    const { user } = await renderApp(PAGE, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete bergwerk-digital.com' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('No user of this customer has a UPN ending in @bergwerk-digital.com');
    await user.click(within(dialog).getByRole('button', { name: 'Delete suffix' }));
    await waitFor(() => expect(requests.writes()).toHaveLength(1));
  });
});
