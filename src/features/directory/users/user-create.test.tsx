import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { passwordIssue } from '@/api/domain/password';
import { database } from '@/mocks/db/database';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const createButton = () => screen.getByRole('button', { name: 'Create user' });

describe('create a user', () => {
  const requests = useDirectoryTestEnvironment();

  it('builds the UPN from a suffix of this customer and shows the generated password once', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'New user' })).toBeInTheDocument();
    await user.type(textbox('First name'), 'Jürg Peter');
    await user.type(textbox('Last name'), 'Zürcher');
    // Suggested from the names, transliterated.
    expect(textbox('Name before the @')).toHaveValue('juerg-peter.zuercher');
    const suffix = screen.getByRole('combobox', { name: 'UPN suffix' });
    expect(
      within(suffix)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['bergwerk.ch', 'bergwerk-digital.com', 'zürich-bergwerk.ch (xn--zrich-bergwerk-gsb.ch)']);
    await user.selectOptions(suffix, 'bergwerk-digital.com');
    expect(screen.getByText('juerg-peter.zuercher@bergwerk-digital.com')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Generate a strong password/ })).toBeChecked();

    await user.dblClick(createButton());

    expect(
      await screen.findByRole('heading', { name: 'Zürcher, Jürg Peter was created' }),
    ).toBeInTheDocument();
    // A double click sends one request.
    expect(requests.writes()).toHaveLength(1);
    const post = requests.writes()[0];
    expect(post).toMatchObject({
      method: 'POST',
      path: `/v1/customer/user/${CUSTOMER}`,
      body: {
        firstname: 'Jürg Peter',
        lastname: 'Zürcher',
        upn: 'juerg-peter.zuercher@bergwerk-digital.com',
      },
    });
    const sent = (post?.body as { password?: string } | undefined)?.password ?? '';
    expect(passwordIssue(sent)).toBeNull();
    expect(screen.getByTestId('generated-password')).toHaveTextContent(sent);
    expect(screen.getByRole('button', { name: 'Copy password' })).toBeInTheDocument();
    // Never kept in a draft.
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(sent);

    await user.click(screen.getByRole('link', { name: 'Open the user' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zürcher, Jürg Peter' })).toBeInTheDocument();
    expect(screen.queryByTestId('generated-password')).not.toBeInTheDocument();
  });

  it('"Create another user" starts a clean form with the keyboard on its heading', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Anna');
    await user.type(textbox('Last name'), 'Zweite');
    await user.click(createButton());
    await screen.findByRole('heading', { name: 'Zweite, Anna was created' });
    screen.getByRole('button', { name: 'Create another user' }).focus();
    await user.keyboard('{Enter}');
    expect(textbox('Last name')).toHaveValue('');
    expect(screen.getByRole('heading', { level: 1, name: 'New user' })).toHaveFocus();
  });

  it('warns about a typed password against the rule, lets the API judge it, and never echoes it', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Max');
    await user.type(textbox('Last name'), 'Muster');
    await user.click(screen.getByRole('radio', { name: 'Type a password' }));
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAccessibleDescription(/At least 12 characters/);
    await user.click(createButton());
    expect(await screen.findByText('Type the password, or choose to generate one')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(0);

    await user.type(password, 'short');
    expect(password).toHaveAccessibleDescription(/Not yet: use at least 12 characters\./);
    await user.click(createButton());
    // The docs state no rule: the API is asked, and its refusal (the simulated directory's policy) lands on the field.
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Use at least 12 characters/));
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(password).toHaveValue('short');
    expect(requests.writes()).toHaveLength(1);
    expect(requests.writes()[0]?.body).toMatchObject({ password: 'short' });

    await user.clear(password);
    await user.type(password, 'Correct-Horse-7-battery');
    await user.click(createButton());
    expect(await screen.findByRole('heading', { name: 'Muster, Max was created' })).toBeInTheDocument();
    expect(requests.writes()[1]?.body).toMatchObject({ password: 'Correct-Horse-7-battery' });
    expect(screen.queryByTestId('generated-password')).not.toBeInTheDocument();
    expect(screen.getByText('The password you typed is set. It is not shown again.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Correct-Horse-7-battery');
  });

  it('puts a taken UPN on its field and keeps what was typed', async () => {
    const taken = database().users.find((u) => u.id === `${CUSTOMER}_1`)?.upn ?? '';
    const [local, domain] = taken.split('@');
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Neue');
    await user.type(textbox('Last name'), 'Person');
    await user.clear(textbox('Name before the @'));
    await user.type(textbox('Name before the @'), local ?? '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'UPN suffix' }), domain ?? '');
    await user.click(createButton());

    const field = textbox('Name before the @');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/already used by/));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(textbox('First name')).toHaveValue('Neue');
    expect(textbox('Last name')).toHaveValue('Person');
    expect(requests.writes()).toHaveLength(1);
  });

  it('explains a duplicate name on the last name and an unplaced error with its meaning', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Kevin');
    await user.type(textbox('Last name'), 'Bühl');
    await user.click(createButton());
    await waitFor(() => expect(textbox('Last name')).toHaveAccessibleDescription(/already exists/));

    const { failNextCall } = await import('@/mocks/demo-controls');
    failNextCall({ status: 402, code: 'resource_limit_exceeded', endpointId: 'user.create' });
    await user.clear(textbox('Last name'));
    await user.type(textbox('Last name'), 'Bühler');
    await user.click(createButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('resource_limit_exceeded');
    expect(alert).toHaveTextContent('Error when exceeding the maximum quantity of a resource for an account');
    expect(textbox('Last name')).toHaveValue('Bühler');
  });

  it('maps UPN_ALREADY_EXIST without a field to the UPN', async () => {
    const { failNextCall } = await import('@/mocks/demo-controls');
    failNextCall({
      status: 409,
      code: 'UPN_ALREADY_EXIST',
      message: 'UPN exists',
      endpointId: 'user.create',
    });
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Ada');
    await user.type(textbox('Last name'), 'Lovelace');
    await user.click(createButton());
    await waitFor(() => expect(textbox('Name before the @')).toHaveAccessibleDescription(/UPN exists/));
  });

  it('keeps typed input across a reload, but not the password', async () => {
    const first = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await first.user.type(textbox('First name'), 'Lina');
    await first.user.click(screen.getByRole('radio', { name: 'Type a password' }));
    await first.user.type(screen.getByLabelText('Password'), 'Secret-Pass-123');
    first.unmount();

    await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    expect(textbox('First name')).toHaveValue('Lina');
    expect(screen.getByText(/Your unsaved changes from .* were restored/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});
