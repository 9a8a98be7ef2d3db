import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { database } from '@/mocks/db/database';
import { failNextCall } from '@/mocks/demo-controls';
import { call } from '@/mocks/test-helpers';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const TAIL = `OU=${CUSTOMER},OU=Customers,DC=4b42,DC=com`;
const groupPath = (name: string) => `/directory/${CUSTOMER}/groups/${encodeURIComponent(name)}`;

/** On Externe Partner: Edit members, tick Bühl, Kevin, Review and save: the confirmation. */
async function reviewAddingKevin() {
  const { user } = await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
  await user.click(screen.getByRole('button', { name: 'Edit members' }));
  const editor = screen.getByRole('form', { name: 'Members of Externe Partner' });
  await user.type(within(editor).getByRole('searchbox', { name: /Find users and groups/ }), 'buhl');
  await user.click(await within(editor).findByRole('checkbox', { name: /Bühl, Kevin/ }));
  await user.click(within(editor).getByRole('button', { name: 'Review and save…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Save the members of Externe Partner?' });
  return { user, dialog };
}

describe('groups', () => {
  const requests = useDirectoryTestEnvironment();

  it('lists the groups, searchable', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/groups`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Groups' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Geschäftsleitung' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search groups' }), 'geschafts');
    expect(screen.getByText('1 of 5 groups')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
  });

  it('starts another customer’s groups with nothing ticked, even a group of the same name', async () => {
    const other = '10000004';
    expect(
      (await call('group.create', { params: { customerNumber: other }, body: { groupName: 'Support' } }))
        .status,
    ).toBe(200);
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/groups`, { connection: 'operator' });
    await user.click(screen.getByRole('checkbox', { name: /^Select group Support/ }));
    expect(screen.getByRole('region', { name: 'Bulk actions' })).toHaveTextContent('1 selected');

    await router.navigate({ to: '/directory/$customerNumber/groups', params: { customerNumber: other } });
    const support = await screen.findByRole('checkbox', { name: /^Select group Support/ });
    expect(support).not.toBeChecked();
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('reads no group when the pointer passes over the list', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/groups`, { connection: 'operator' });
    const before = requests.seen().length;
    for (const name of ['Geschäftsleitung', 'Support', 'Entwicklung'])
      await user.hover(screen.getByRole('link', { name }));
    // The router preloads 50 ms after a hover: give a preload more than that to start.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.seen().slice(before)).toEqual([]);
  });

  it('shows members readably: name, user or group, OU path', async () => {
    await renderApp(groupPath('Alle Mitarbeitenden'), { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Alle Mitarbeitenden' })).toBeInTheDocument();
    const members = screen.getByRole('region', { name: /Members/ });
    const entwicklung = within(members)
      .getByRole('link', { name: 'Entwicklung' })
      .closest('li') as HTMLElement;
    expect(entwicklung).toHaveTextContent('Group');
    expect(entwicklung).toHaveTextContent(`Customers › ${CUSTOMER} › Groups`);
    const siobhan = (await within(members).findByRole('link', { name: 'O’Neill, Siobhán' })).closest(
      'li',
    ) as HTMLElement;
    expect(siobhan).toHaveTextContent('User');
    expect(siobhan).toHaveTextContent(`Customers › ${CUSTOMER} › Users`);
    expect(siobhan).toHaveTextContent(`CN=O’Neill\\, Siobhán,OU=Users,${TAIL}`);
  });

  it('finds the groups a group is in, not counting itself', async () => {
    const { user } = await renderApp(groupPath('Entwicklung'), { connection: 'operator' });
    const memberOf = screen.getByRole('region', { name: 'Member of' });
    await user.click(within(memberOf).getByRole('button', { name: 'Look up groups' }));
    expect(await within(memberOf).findByText('Member of one group:')).toBeInTheDocument();
    expect(within(memberOf).getByRole('link', { name: 'Alle Mitarbeitenden' })).toBeInTheDocument();
    expect(within(memberOf).queryByRole('link', { name: 'Entwicklung' })).not.toBeInTheDocument();

    // A top-level group is in none of the customer's four other groups.
    await user.click(screen.getByRole('link', { name: 'Alle Mitarbeitenden' }));
    await screen.findByRole('heading', { level: 1, name: 'Alle Mitarbeitenden' });
    expect(
      await within(screen.getByRole('region', { name: 'Member of' })).findByText(
        'Not a member of any of the customer’s 4 groups.',
      ),
    ).toBeInTheDocument();
    expect(requests.seen().filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('creates a group and opens it; a duplicate name lands on the field', async () => {
    const { user, router } = await renderApp(`/directory/${CUSTOMER}/groups/new`, { connection: 'operator' });
    await user.type(textbox('Group name'), 'Support');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    await waitFor(() => expect(textbox('Group name')).toHaveAccessibleDescription(/already exists/));
    expect(textbox('Group name')).toHaveValue('Support');

    await user.clear(textbox('Group name'));
    await user.type(textbox('Group name'), 'Buchhaltung & Lohn');
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Buchhaltung & Lohn' })).toBeInTheDocument();
    expect(decodeURIComponent(router.state.location.pathname)).toBe(
      `/directory/${CUSTOMER}/groups/Buchhaltung & Lohn`,
    );
    expect(requests.writes().map((w) => w.body)).toEqual([
      { groupName: 'Support' },
      { groupName: 'Buchhaltung & Lohn' },
    ]);
  });

  it('a create whose answer was cut short: finds the group by its name and opens it', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/groups/new`, { connection: 'operator' });
    await user.type(textbox('Group name'), 'Verloren');
    failNextCall({ endpointId: 'group.create', kind: 'malformed', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Create group' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    await user.click(within(outcome).getByRole('button', { name: 'Show the group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Verloren' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
  });

  it('a 500 before the create was carried out: not found, sent again only on the user’s click', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/groups/new`, { connection: 'operator' });
    await user.type(textbox('Group name'), 'Zweiter Versuch');
    failNextCall({ endpointId: 'group.create', status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Create group' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(textbox('Group name')).toHaveValue('Zweiter Versuch');
    expect(requests.writes()).toHaveLength(1);
    await user.click(within(outcome).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zweiter Versuch' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(2);
  });

  it('shows where a group sits: its customer, then Groups', async () => {
    const { user, router } = await renderApp(groupPath('Alle Mitarbeitenden'), { connection: 'operator' });
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByRole('link', { name: `Customer ${CUSTOMER}` })).toHaveAttribute(
      'href',
      `/customers/${CUSTOMER}`,
    );
    await user.click(within(trail).getByRole('link', { name: 'Groups' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Groups' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/groups`);
  });

  it('warns about a comma in a name, a rule the docs do not state, and creates the group', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/groups/new`, { connection: 'operator' });
    await user.type(textbox('Group name'), 'Sales, North');
    expect(textbox('Group name')).toHaveAccessibleDescription(/the API may refuse this one/);
    expect(textbox('Group name')).toBeValid();
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sales, North' })).toBeInTheDocument();
    expect(requests.writes().map((w) => w.body)).toEqual([{ groupName: 'Sales, North' }]);
  });

  it('moves focus into the member editor when it opens, and back to its button when done', async () => {
    const { user } = await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
    screen.getByRole('button', { name: 'Edit members' }).focus();
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('form', { name: 'Members of Externe Partner' });
    expect(
      within(editor).getByRole('searchbox', { name: 'Find users and groups of this customer' }),
    ).toHaveFocus();
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Edit members' })).toHaveFocus();
  });

  it('adds a user and a group, shows the change, confirms, and sends the whole list once', async () => {
    const { user } = await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Edit members' }));
    const editor = screen.getByRole('form', { name: 'Members of Externe Partner' });
    const search = within(editor).getByRole('searchbox', { name: 'Find users and groups of this customer' });
    await user.type(search, 'buhl');
    await user.click(await within(editor).findByRole('checkbox', { name: /Bühl, Kevin/ }));
    await user.clear(search);
    await user.type(search, 'support');
    await user.click(within(editor).getByRole('checkbox', { name: /Support · Group/ }));

    const pending = within(editor).getByRole('region', { name: 'Changes not saved yet' });
    expect(within(pending).getByRole('list', { name: 'Added members' })).toHaveTextContent(
      'Bühl, Kevin (user)',
    );
    expect(within(pending).getByRole('list', { name: 'Added members' })).toHaveTextContent('Support (group)');
    expect(requests.writes()).toHaveLength(0);

    await user.click(within(editor).getByRole('button', { name: 'Review and save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the members of Externe Partner?' });
    expect(dialog).toHaveTextContent('exactly 2 members');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Save members' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.writes()).toEqual([
      {
        method: 'PUT',
        path: `/v1/customer/group/${CUSTOMER}/${encodeURIComponent('Externe Partner')}`,
        body: { members: [`CN=Bühl\\, Kevin,OU=Users,${TAIL}`, `CN=Support,OU=Groups,${TAIL}`] },
      },
    ]);
    const members = screen.getByRole('region', { name: /Members \(2\)/ });
    expect(within(members).getByRole('link', { name: 'Bühl, Kevin' })).toBeInTheDocument();
    expect(within(members).getByRole('link', { name: 'Support' })).toBeInTheDocument();
  });

  it('a member save whose answer was lost: may have been done, saving again is safe', async () => {
    const { user, dialog } = await reviewAddingKevin();
    failNextCall({ endpointId: 'group.update', kind: 'network', afterWrite: true });
    await user.click(within(dialog).getByRole('button', { name: 'Save members' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No answer: this may have been done');
    expect(alert).toHaveTextContent('Saving again is safe: the same list replaces the members either way.');
    expect(alert).not.toHaveTextContent('The members were not saved');
  });

  it('a refused member save keeps the plan and the error on screen, and turns off only saving, saying why', async () => {
    const { user, dialog } = await reviewAddingKevin();
    failNextCall({ endpointId: 'group.update', status: 403, code: 'METHOD_RESTRICTED' });
    await user.click(within(dialog).getByRole('button', { name: 'Save members' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('403');
    expect(alert).toHaveTextContent('METHOD_RESTRICTED');
    const reason = /may not change groups of customer 10000001/;
    expect(within(dialog).getByRole('button', { name: 'Save members' })).toHaveAccessibleDescription(reason);
    await user.click(within(dialog).getByRole('button', { name: 'Back to editing' }));

    const kept = screen.getByRole('form', { name: 'Members of Externe Partner' });
    expect(within(kept).getByRole('list', { name: 'Added members' })).toHaveTextContent('Bühl, Kevin (user)');
    expect(within(kept).getByRole('button', { name: 'Review and save…' })).toHaveAccessibleDescription(
      reason,
    );
    expect(kept).toHaveTextContent(reason);
    await user.click(within(kept).getByRole('button', { name: 'Discard changes' }));
    const editMembers = screen.getByRole('button', { name: 'Edit members' });
    expect(editMembers).toHaveAttribute('aria-disabled', 'true');
    expect(editMembers).toHaveAccessibleDescription(reason);
    // Only saving members is off: deleting the group is another method.
    expect(screen.getByRole('button', { name: /^Delete$/ })).not.toHaveAttribute('aria-disabled', 'true');
    expect(requests.writes()).toHaveLength(1);
  });

  it('removing members from the keyboard keeps its place: the next Remove, then the count', async () => {
    const { user } = await renderApp(groupPath('Support'), { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Edit members' }));
    const editor = screen.getByRole('form', { name: 'Members of Support' });
    const removeButtons = () => within(editor).queryAllByRole('button', { name: /^Remove / });
    const names = removeButtons().map((button) => button.getAttribute('aria-label'));
    expect(names.length).toBeGreaterThan(1);

    removeButtons()[0]?.focus();
    await user.keyboard('{Enter}');
    expect(removeButtons()).toHaveLength(names.length - 1);
    expect(document.activeElement).toHaveAccessibleName(names[1] ?? '');
    // The last one: focus on what is left to read, the count after saving.
    for (let left = names.length - 1; left > 0; left--) await user.keyboard('{Enter}');
    expect(removeButtons()).toHaveLength(0);
    expect(within(editor).getByRole('heading', { name: 'Members after saving (0)' })).toHaveFocus();
  });

  it('shows removals, and keeps the plan when a member vanished meanwhile', async () => {
    const { user } = await renderApp(groupPath('Support'), { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Edit members' }));
    const editor = screen.getByRole('form', { name: 'Members of Support' });
    await user.click(within(editor).getByRole('button', { name: 'Remove Schmid, Lea' }));
    const search = within(editor).getByRole('searchbox', { name: 'Find users and groups of this customer' });
    await user.type(search, 'nguyen');
    await user.click(within(editor).getByRole('checkbox', { name: /Nguyen, Thi Mai/ }));
    expect(within(editor).getByRole('list', { name: 'Removed members' })).toHaveTextContent(
      'Schmid, Lea (user)',
    );

    // Someone deletes the user in the meantime.
    const db = database();
    db.users = db.users.filter((u) => u.lastname !== 'Nguyen');

    await user.click(within(editor).getByRole('button', { name: 'Review and save…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the members of Support?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save members' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('USER_DOES_NOT_EXIST');
    expect(alert).toHaveTextContent('Remove it from the list and save again');
    await user.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    expect(within(editor).getByRole('list', { name: 'Added members' })).toHaveTextContent('Nguyen, Thi Mai');
    expect(within(editor).getByRole('list', { name: 'Removed members' })).toHaveTextContent('Schmid, Lea');
  });

  it('keeps planned members across a reload', async () => {
    const first = await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
    await first.user.click(screen.getByRole('button', { name: 'Edit members' }));
    await first.user.type(screen.getByRole('searchbox', { name: /Find users and groups/ }), 'favre');
    await first.user.click(await screen.findByRole('checkbox', { name: /Favre, Jean-Luc/ }));
    first.unmount();

    await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
    const editor = screen.getByRole('form', { name: 'Members of Externe Partner' });
    expect(within(editor).getByRole('list', { name: 'Added members' })).toHaveTextContent('Favre, Jean-Luc');
  });

  it('deletes a group after its name is typed', async () => {
    const { user, router } = await renderApp(groupPath('Support'), { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the group Support?' });
    await user.type(within(dialog).getByRole('textbox'), 'Support');
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/groups`));
    expect(await screen.findByRole('link', { name: 'Entwicklung' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Support' })).not.toBeInTheDocument();
  });

  it('after deleting a group reads its list again, never the deleted group', async () => {
    const { user, router } = await renderApp(groupPath('Externe Partner'), { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the group Externe Partner?' });
    await user.type(within(dialog).getByRole('textbox'), 'Externe Partner');
    const before = requests.seen().length;
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/groups`));
    expect(await screen.findByRole('link', { name: 'Entwicklung' })).toBeInTheDocument();
    const group = `/v1/customer/group/${CUSTOMER}/${encodeURIComponent('Externe Partner')}`;
    expect(
      requests
        .seen()
        .slice(before)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([`DELETE ${group}`, `GET /v1/customer/group/${CUSTOMER}`]);
    // Once no page shows it, it has left the cache: its address asks the API and says it is gone.
    await router.navigate({
      to: '/directory/$customerNumber/groups/$groupName',
      params: { customerNumber: CUSTOMER, groupName: 'Externe Partner' },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found: group' })).toBeInTheDocument();
  });

  it('explains GROUP_DOES_NOT_EXIST', async () => {
    await renderApp(groupPath('Nope'), { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found: group' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Requested group does not exist, please verify your input.',
    );
  });
});
