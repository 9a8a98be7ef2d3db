import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { field, giveScrollersHeight } from '@/features/customers/customer-test-helpers';
import { DEMO_CUSTOMER_NUMBER, demoKey } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';

const EDIT_PATH = `/customers/${DEMO_CUSTOMER_NUMBER}/edit`;
const draftEntries = () => Object.keys(sessionStorage).filter((name) => name.startsWith('4b42.draft.'));

describe('drafts and connections', { timeout: 30_000 }, () => {
  beforeEach(() => giveScrollersHeight());

  it('warns before signing out with unsaved changes, and signing out clears the drafts', async () => {
    const { user, router } = await renderApp(EDIT_PATH, { connection: 'operator' });
    await user.type(field('State (optional)'), ' Nord');
    expect(draftEntries()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out with unsaved changes?' });
    expect(dialog).toHaveTextContent('A form has unsaved changes');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(EDIT_PATH);
    expect(field('State (optional)')).toHaveValue('ZH Nord');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Sign out and discard changes' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/connect'));
    expect(draftEntries()).toEqual([]);
  });

  it('signs out without asking when nothing is unsaved', async () => {
    const { user, router } = await renderApp(EDIT_PATH, { connection: 'operator' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/connect'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keys drafts by connection (never by the key itself): another key does not get them', async () => {
    const first = await renderApp(EDIT_PATH, { connection: 'operator' });
    await first.user.type(field('State (optional)'), ' Nord');
    first.unmount();
    const [entry] = draftEntries();
    expect(entry).toBeDefined();
    expect(entry).not.toContain(demoKey('operator').key);
    const drafts = draftEntries().map((name) => `${name}=${sessionStorage.getItem(name)}`);
    expect(drafts.join('\n')).not.toContain(demoKey('operator').key.slice(8));

    const other = await renderApp(EDIT_PATH, { connection: 'readonly' });
    expect(field('State (optional)')).toHaveValue('ZH');
    expect(screen.queryByText(/were restored/)).not.toBeInTheDocument();
    other.unmount();

    await renderApp(EDIT_PATH, { connection: 'operator' });
    expect(field('State (optional)')).toHaveValue('ZH Nord');
    expect(screen.getByText(/were restored/)).toBeInTheDocument();
  });
});
