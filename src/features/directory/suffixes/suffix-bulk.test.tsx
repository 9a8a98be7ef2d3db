import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('bulk delete of UPN suffixes', () => {
  const requests = useDirectoryTestEnvironment();

  it('warns about users still signing in with them, deletes them and shows the list without them', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/suffixes`, { connection: 'operator' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 shown UPN suffixes' }));
    await user.click(
      screen.getByRole('checkbox', { name: 'Select suffix zürich-bergwerk.ch (xn--zrich-bergwerk-gsb.ch)' }),
    );
    expect(screen.getByRole('checkbox', { name: 'Select all 3 shown UPN suffixes' })).toHaveProperty(
      'indeterminate',
      true,
    );
    const toolbar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(toolbar).getByRole('status')).toHaveTextContent('2 selected');
    await user.click(within(toolbar).getByRole('button', { name: 'Delete' }));

    const dialog = await screen.findByRole('dialog', {
      name: `Delete 2 UPN suffixes of customer ${CUSTOMER}?`,
    });
    expect(within(dialog).getByRole('note')).toHaveTextContent(/users? still signs? in with these suffixes/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 suffixes' }));
    expect(await within(dialog).findByText('2 suffixes deleted.')).toBeVisible();
    expect(requests.writes().map((r) => r.method)).toEqual(['DELETE', 'DELETE']);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    const table = screen.getByRole('table', { name: `UPN suffixes of customer ${CUSTOMER}` });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(table).toHaveTextContent('zürich-bergwerk.ch');
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });
});
