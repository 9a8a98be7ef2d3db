import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('create a user when the answer is lost', () => {
  const requests = useDirectoryTestEnvironment();

  it('an answer cut short after the POST: finds the user by UPN and shows the sent password', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Verena');
    await user.type(textbox('Last name'), 'Verloren');
    failNextCall({ endpointId: 'user.create', kind: 'malformed', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(within(outcome).getByText('Unreadable answer: this may have been saved')).toBeInTheDocument();
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    const body = requests.writes()[0]?.body as { password?: string } | undefined;
    const sent = body?.password ?? '';
    expect(sent).not.toBe('');

    await user.click(within(outcome).getByRole('button', { name: 'Show the user' }));
    expect(await screen.findByRole('heading', { name: 'Verloren, Verena was created' })).toBeInTheDocument();
    expect(screen.getByTestId('generated-password')).toHaveTextContent(sent);
    expect(requests.writes()).toHaveLength(1);
  });

  it('a 500 before the POST was carried out: not found, sent again only on the user’s click', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    await user.type(textbox('First name'), 'Zweit');
    await user.type(textbox('Last name'), 'Versuch');
    failNextCall({ endpointId: 'user.create', status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Create user' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    await user.click(within(outcome).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByRole('heading', { name: 'Versuch, Zweit was created' })).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(2);
  });
});
