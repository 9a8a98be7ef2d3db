import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const KEVIN = `${CUSTOMER}_1`;
const EDIT = `/directory/${CUSTOMER}/users/${KEVIN}/edit`;

describe('edit a user when the answer is lost', () => {
  const requests = useDirectoryTestEnvironment();

  it('an answer cut short after the PUT: re-reads the user, finds the change, opens it', async () => {
    const { user, router } = await renderApp(EDIT, { connection: 'operator' });
    await user.clear(textbox('Last name'));
    await user.type(textbox('Last name'), 'Bühl-Verloren');
    failNextCall({ endpointId: 'user.update', kind: 'malformed', afterWrite: true });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('It was saved.')).toBeInTheDocument();
    await user.click(within(outcome).getByRole('button', { name: 'Show the user' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bühl-Verloren, Kevin' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/directory/${CUSTOMER}/users/${KEVIN}`);
    expect(requests.writes()).toHaveLength(1);
  });

  it('a 500 before the PUT was carried out: not found, sent again only on the user’s click', async () => {
    const { user } = await renderApp(EDIT, { connection: 'operator' });
    await user.clear(textbox('First name'));
    await user.type(textbox('First name'), 'Kevin Zwei');
    failNextCall({ endpointId: 'user.update', status: 500, code: 'server_error' });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const outcome = await screen.findByRole('region', { name: 'Outcome unknown' });
    expect(await within(outcome).findByText('Not found: it was not saved.')).toBeInTheDocument();
    expect(requests.writes()).toHaveLength(1);
    await user.click(within(outcome).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bühl, Kevin Zwei' })).toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: `/v1/customer/user/${KEVIN}`, body: { firstname: 'Kevin Zwei' } },
      { method: 'PUT', path: `/v1/customer/user/${KEVIN}`, body: { firstname: 'Kevin Zwei' } },
    ]);
  });
});
