import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { giveScrollersHeight } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('@/features/ui/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/features/ui/download')>()),
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

const nav = () => screen.getByRole('navigation', { name: 'Main' });

describe('the audit page', { timeout: 30_000 }, () => {
  it('shows a customer edit with its old and new city, exports it, and clears on request', async () => {
    giveScrollersHeight();
    const { user } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, { connection: 'operator' });
    const city = screen.getByRole('textbox', { name: 'City (optional)' });
    expect(city).toHaveValue('Zürich');
    await user.clear(city);
    await user.type(city, 'Bülach');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();

    await user.click(within(nav()).getByRole('link', { name: 'Audit' }));
    const table = await screen.findByRole('table', { name: 'Audit of changes' });
    const row = within(table)
      .getByText(`customer ${DEMO_CUSTOMER_NUMBER} · Bergwerk Digital AG`)
      .closest('tr');
    if (!row) throw new Error('no row for the customer');
    expect(row).toHaveTextContent('PUT customer.update');
    expect(row).toHaveTextContent('Done200');
    await user.click(within(row).getByText('1 field changed'));
    const change = within(row).getByRole('term');
    expect(change).toHaveTextContent('city');
    expect(change.nextElementSibling).toHaveTextContent('Zürich→ becomes Bülach');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = downloads.at(-1);
    expect(csv?.name).toMatch(/^4b42-audit-.*\.csv$/);
    const text = new TextDecoder().decode(await csv?.blob.arrayBuffer());
    expect(text).toContain(`PUT,customer.update,/v1/customer/${DEMO_CUSTOMER_NUMBER},`);
    expect(text).toContain(',city,Zürich,Bülach,Done,200,');

    await user.click(screen.getByRole('button', { name: 'Clear audit' }));
    const dialog = screen.getByRole('dialog', { name: 'Clear the audit?' });
    await user.click(within(dialog).getByRole('button', { name: 'Clear audit' }));
    expect(await screen.findByText('No changes recorded yet')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Audit of changes' })).not.toBeInTheDocument();
  });

  it('names an AS number by its number, not by the record id in its path', async () => {
    giveScrollersHeight();
    const { user } = await renderApp('/internet/asns', { connection: 'operator' });
    await user.click(await screen.findByRole('button', { name: 'Delete AS64500' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete AS64500?' });
    await user.type(within(dialog).getByRole('textbox'), 'AS64500');
    await user.click(within(dialog).getByRole('button', { name: 'Delete AS number' }));
    expect(await screen.findByText('2 AS numbers')).toBeInTheDocument();

    await user.click(within(nav()).getByRole('link', { name: 'Audit' }));
    const table = await screen.findByRole('table', { name: 'Audit of changes' });
    const row = within(table).getByText('AS64500 · RHEINHAFEN-AS').closest('tr');
    expect(row).toHaveTextContent('DELETE asn.delete');
    expect(row).toHaveTextContent('Done');
  });

  it('keeps the record across sign-out, and filters refused writes', async () => {
    giveScrollersHeight();
    const first = await renderApp(`/customers/10000006/edit`, { connection: 'operator' });
    // 10000006 is locked in the demo: the PUT is refused with 409.
    await first.user.type(screen.getByRole('textbox', { name: 'City (optional)' }), ' Ost');
    await first.user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('409');
    await first.user.click(screen.getByRole('button', { name: 'Sign out' }));
    const leave = await screen.findByRole('dialog', { name: 'Sign out with unsaved changes?' });
    await first.user.click(within(leave).getByRole('button', { name: 'Sign out and discard changes' }));
    expect(await screen.findByText(/^Signed out/)).toBeInTheDocument();
    first.unmount();

    const { user } = await renderApp('/audit', { connection: 'operator' });
    await user.click(screen.getByRole('radio', { name: 'Done' }));
    expect(screen.getByText('No write was done')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Refused or outcome unknown' }));
    const table = await screen.findByRole('table', { name: 'Audit of changes' });
    expect(within(table).getByText(/^customer 10000006/)).toBeInTheDocument();
    expect(table).toHaveTextContent('Refused409locked');
  });

  it('says a write answered 500 has an unknown outcome, not a lost answer', async () => {
    giveScrollersHeight();
    const edit = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, { connection: 'operator' });
    await edit.user.type(screen.getByRole('textbox', { name: 'City (optional)' }), ' Nord');
    failNextCall({ endpointId: 'customer.update', status: 500, code: 'server_error', afterWrite: true });
    await edit.user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Server error: this may have been saved')).toBeInTheDocument();
    edit.unmount();

    await renderApp('/audit', { connection: 'operator' });
    const table = await screen.findByRole('table', { name: 'Audit of changes' });
    expect(table).toHaveTextContent('Outcome unknown500server_error');
  });

  it('is there for a customer’s own key too, explaining what will appear', async () => {
    await renderApp('/audit', { connection: 'customer' });
    expect(within(nav()).getByRole('link', { name: 'Audit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Audit' })).toBeInTheDocument();
    expect(screen.getByText('No changes recorded yet')).toBeInTheDocument();
    expect(screen.getByText(/appears here with the values before and after/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toHaveAccessibleDescription(
      'Nothing recorded yet.',
    );
    // The list's own Export CSV comes with the first entry.
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });
});
