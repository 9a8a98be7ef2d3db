import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { call } from '@/mocks/test-helpers';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, textbox, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

const KEVIN = `${CUSTOMER}_1`;
const EDIT = `/directory/${CUSTOMER}/users/${KEVIN}/edit`;

describe('a stale user draft', () => {
  const requests = useDirectoryTestEnvironment();

  it('names a user with $ signs in the page’s heading as the user is named', async () => {
    await call('user.update', { params: { userId: KEVIN }, body: { lastname: 'Ca$$h $& Co' } });
    await renderApp(EDIT, { connection: 'operator' });
    // Was "Edit Ca$h {name} Co, Kevin": the name went through String.replace's patterns.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Edit Ca$$h $& Co, Kevin' }),
    ).toBeInTheDocument();
  });

  it('keeps my edit, takes their rename, lists it, and sends only what I changed', async () => {
    const first = await renderApp(EDIT, { connection: 'operator' });
    await first.user.clear(textbox('First name'));
    await first.user.type(textbox('First name'), 'Kevin Peter');
    first.unmount();

    const renamed = await call('user.update', {
      params: { userId: KEVIN },
      body: { lastname: 'Bühl-Meier' },
    });
    expect(renamed.status).toBe(200);
    requests.seen().length = 0;

    const { user } = await renderApp(EDIT, { connection: 'operator' });
    const panel = await screen.findByRole('region', { name: 'Changed on the server' });
    const lastname = within(panel).getByRole('group', { name: 'Last name' });
    expect(lastname).toHaveTextContent('Was Bühl when you started; now Bühl-Meier.');
    expect(within(lastname).getByRole('radio', { name: 'Theirs: Bühl-Meier' })).toBeChecked();
    expect(textbox('Last name')).toHaveValue('Bühl-Meier');
    expect(textbox('First name')).toHaveValue('Kevin Peter');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bühl-Meier, Kevin Peter' }),
    ).toBeInTheDocument();
    expect(requests.writes()).toEqual([
      { method: 'PUT', path: `/v1/customer/user/${KEVIN}`, body: { firstname: 'Kevin Peter' } },
    ]);
  });
});
