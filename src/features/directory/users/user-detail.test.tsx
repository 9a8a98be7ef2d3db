import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { passwordIssue } from '@/api/domain/password';
import { readOnlyReason } from '@/api/key-capabilities';
import { failEndpoint, failNextCall } from '@/mocks/demo-controls';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const KEVIN = `${CUSTOMER}_1`;

describe('a user', () => {
  const requests = useDirectoryTestEnvironment();

  it('shows the user with UPN, DN and its OU path', async () => {
    await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Bühl, Kevin' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent(`CN=Bühl\\, Kevin,OU=Users,OU=${CUSTOMER},OU=Customers,DC=4b42,DC=com`);
    expect(details).toHaveTextContent(`Customers › ${CUSTOMER} › Users`);
    expect(details).toHaveTextContent('@bergwerk.ch');
  });

  it('finds its groups only when asked, and the groups it is in through another', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    const groups = screen.getByRole('region', { name: 'Member of' });
    expect(groups).toHaveTextContent('One request for the list of groups, then one per group.');
    expect(requests.seen().filter((r) => r.path.includes('/group/'))).toEqual([]);

    await user.click(within(groups).getByRole('button', { name: 'Look up groups' }));
    expect(await within(groups).findByText('Member of one group:')).toBeInTheDocument();
    expect(within(groups).getByRole('link', { name: 'Entwicklung' })).toHaveAttribute(
      'href',
      `/directory/${CUSTOMER}/groups/Entwicklung`,
    );
    const through = within(groups).getByRole('link', { name: 'Alle Mitarbeitenden' });
    expect(through.closest('li')).toHaveTextContent('Alle Mitarbeitenden (through Entwicklung)');
    expect(within(groups).queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
    // The list, then each of the customer's five groups once.
    const reads = requests.seen().filter((r) => r.path.includes('/group/'));
    expect(reads).toHaveLength(6);
    expect(new Set(reads.map((r) => r.path)).size).toBe(6);
  });

  it('keeps the keyboard on the look-up while it reads, then on "Read the groups again"', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    const groups = screen.getByRole('region', { name: 'Member of' });
    const lookUp = within(groups).getByRole('button', { name: 'Look up groups' });
    lookUp.focus();
    await user.keyboard('{Enter}');
    expect(within(groups).getByRole('status')).toHaveTextContent('Reading the groups…');
    expect(lookUp).toHaveFocus();

    const again = await within(groups).findByRole('button', { name: 'Read the groups again' });
    await waitFor(() => expect(again).toHaveFocus());
    const before = requests.seen().length;
    await user.keyboard('{Enter}');
    await waitFor(() => expect(requests.seen().length).toBe(before + 6));
    expect(await within(groups).findByText(/^Groups as read at/)).toBeInTheDocument();
    expect(again).toHaveFocus();
  });

  it('moves no focus when the groups are read again in the background', async () => {
    const { user, queryClient } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, {
      connection: 'operator',
    });
    const groups = screen.getByRole('region', { name: 'Member of' });
    await user.click(within(groups).getByRole('button', { name: 'Look up groups' }));
    await within(groups).findByRole('button', { name: 'Read the groups again' });
    (document.activeElement as HTMLElement | null)?.blur();
    // Slow enough that the section shows the reading.
    faultStore.set({ ...NO_FAULTS, latencyMs: 200 });
    try {
      await queryClient.invalidateQueries();
      expect(await within(groups).findByText('Reading the groups…')).toBeInTheDocument();
      expect(
        await within(groups).findByText(/^Groups as read at/, {}, { timeout: 5000 }),
      ).toBeInTheDocument();
    } finally {
      faultStore.set(NO_FAULTS);
    }
    expect(document.activeElement).toBe(document.body);
  });

  it('turns the look-up off, with the reason, once the key is refused a group read', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    const groups = screen.getByRole('region', { name: 'Member of' });
    failEndpoint('group.get', { status: 403, code: 'PATH_RESTRICTED', message: 'Not for this key.' });
    await user.click(within(groups).getByRole('button', { name: 'Look up groups' }));
    expect(await within(groups).findByRole('alert')).toHaveTextContent('Not for this key.');
    const lookUp = within(groups).getByRole('button', { name: 'Look up groups' });
    expect(lookUp).toHaveAttribute('aria-disabled', 'true');
    expect(lookUp).toHaveAccessibleDescription(/PATH_RESTRICTED/);
    // Another click sends nothing: the API has said no.
    const before = requests.seen().length;
    await user.click(lookUp);
    expect(requests.seen()).toHaveLength(before);
  });

  it('shows a failed group read in the section, with no toast besides, and offers to look again', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    const groups = screen.getByRole('region', { name: 'Member of' });
    await user.click(within(groups).getByRole('button', { name: 'Look up groups' }));
    await within(groups).findByText('Member of one group:');

    failEndpoint('group.get', { status: 404, code: 'not_found', message: 'No such group.' });
    await user.click(within(groups).getByRole('button', { name: 'Read the groups again' }));
    const failure = await within(groups).findByRole('alert');
    expect(failure).toHaveTextContent('The groups could not all be read');
    expect(failure).toHaveTextContent('No such group.');
    expect(screen.getAllByText(/No such group\./)).toHaveLength(1);
    expect(within(groups).getByRole('button', { name: 'Look up groups' })).toBeInTheDocument();
  });

  it('sends only the changed fields, then shows the saved user', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}/edit`, {
      connection: 'operator',
    });
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveAccessibleDescription(
      'Nothing changed yet',
    );
    await user.clear(textbox('Last name'));
    await user.type(textbox('Last name'), 'Bühl-Meier');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bühl-Meier, Kevin' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users/${KEVIN}`);
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: `/v1/customer/user/${KEVIN}`, body: { lastname: 'Bühl-Meier' } },
    ]);
  });

  it('changes the UPN to another suffix of the customer', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}/edit`, {
      connection: 'operator',
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'UPN suffix' }), 'bergwerk-digital.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Bühl, Kevin' });
    const put = requests.writes()[0];
    expect(Object.keys(put?.body as object)).toEqual(['upn']);
    expect((put?.body as { upn?: string } | undefined)?.upn).toMatch(/@bergwerk-digital\.com$/);
  });

  it('resets the password with a generated one, shown once', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of Bühl, Kevin?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    const shown = await screen.findByTestId('generated-password');
    const put = requests.writes()[0];
    expect(put).toMatchObject({ method: 'PUT', path: `/v1/customer/user/${KEVIN}` });
    const password = (put?.body as { password?: string } | undefined)?.password ?? '';
    expect(Object.keys(put?.body as object)).toEqual(['password']);
    expect(passwordIssue(password)).toBeNull();
    expect(shown).toHaveTextContent(password);
    await user.click(screen.getByRole('button', { name: 'Hide the password' }));
    expect(screen.queryByTestId('generated-password')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset password' })).toHaveFocus();
  });

  it('deletes after the id is typed, and the list no longer has it', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, {
      connection: 'operator',
    });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Bühl, Kevin?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete user' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), KEVIN);
    await user.click(confirm);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users`));
    expect(await screen.findByRole('link', { name: 'Müller, Jürg' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bühl, Kevin' })).not.toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'DELETE', path: `/v1/customer/user/${KEVIN}`, body: undefined },
    ]);
    // Its lists are read again, never the deleted user (a 404).
    const ofKevin = requests.seen().filter((r) => r.path === `/v1/customer/user/${KEVIN}`);
    expect(ofKevin.map((r) => r.method)).toEqual(['GET', 'DELETE']);
  });

  it('after a delete the list is as it was left: its search still in the box', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'kevin');
    await user.click(await screen.findByRole('link', { name: 'Bühl, Kevin' }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Bühl, Kevin?' });
    await user.type(within(dialog).getByRole('textbox'), KEVIN);
    await user.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users`));
    expect(await screen.findByRole('searchbox', { name: 'Search users' })).toHaveValue('kevin');
    expect(router.state.location.search).toMatchObject({ q: 'kevin' });
    expect(screen.queryByRole('link', { name: 'Bühl, Kevin' })).not.toBeInTheDocument();
  });

  it('a password reset from the keyboard opens on Cancel: a stray Enter changes nothing', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    const reset = screen.getByRole('button', { name: 'Reset password' });
    reset.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of Bühl, Kevin?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.writes()).toEqual([]);
    await waitFor(() => expect(reset).toHaveFocus());
  });

  it('a password reset whose answer was lost: says it may have happened and to reset again', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the password of Bühl, Kevin?' });
    failNextCall({ endpointId: 'user.update', kind: 'network', afterWrite: true });
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer: this may have been done');
    expect(alert).toHaveTextContent('nobody knows the new password: reset again to set one you can see');
    expect(alert).not.toHaveTextContent('The password was not changed');
    expect(screen.queryByTestId('generated-password')).not.toBeInTheDocument();
  });

  it('a delete whose answer was lost: may have been done; deleting again counts a 404 as deleted', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, {
      connection: 'operator',
    });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Bühl, Kevin?' });
    await user.type(within(dialog).getByRole('textbox'), KEVIN);
    failNextCall({ endpointId: 'user.delete', kind: 'network', afterWrite: true });
    await user.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer: this may have been done');
    expect(alert).toHaveTextContent('Deleting again is safe');
    expect(alert).not.toHaveTextContent('Not deleted');

    await user.click(within(dialog).getByRole('button', { name: 'Delete user' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users`));
    expect(requests.writes()).toHaveLength(2);
  });

  it('explains USER_DOES_NOT_EXIST', async () => {
    await renderApp(`/directory/${CUSTOMER}/users/${CUSTOMER}_999`, { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found: user' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('USER_DOES_NOT_EXIST');
    expect(alert).toHaveTextContent('Requested user does not exist, please verify your input.');
    expect(
      screen.getByRole('link', { name: `Back to the users of customer ${CUSTOMER}` }),
    ).toBeInTheDocument();
  });

  it('never takes a customer number for a user id, nor the other way round', async () => {
    const first = await renderApp(`/directory/${CUSTOMER}/users/10000002`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Not a user id' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the users of customer 10000002' })).toBeInTheDocument();
    expect(requests.seen().filter((r) => r.path.startsWith('/v1/customer/user/'))).toEqual([]);
    first.unmount();

    // A user id where the customer number belongs opens that user.
    const { router } = await renderApp(`/directory/${KEVIN}`, { connection: 'operator' });
    expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users/${KEVIN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bühl, Kevin' })).toBeInTheDocument();
  });

  it('says why edit, reset and delete are off for a read-only key', async () => {
    await renderApp(`/directory/${CUSTOMER}/users/${KEVIN}`, { connection: 'readonly' });
    for (const name of ['Edit', 'Delete', 'Reset password']) {
      const button = screen.getByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(readOnlyReason());
    }
  });
});
