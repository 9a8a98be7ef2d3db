import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { giveScrollersHeight } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';
import { describeTarget } from './describe-target';

describe('the audit page in German', { timeout: 30_000 }, () => {
  it('shows a recorded edit with German labels, outcome and field count', async () => {
    giveScrollersHeight();
    const { user, router } = await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}/edit`, {
      connection: 'operator',
    });
    const city = screen.getByRole('textbox', { name: 'City (optional)' });
    await user.clear(city);
    await user.type(city, 'Bülach');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();

    await act(() => setLocale('de'));
    await act(() => router.navigate({ to: '/audit' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Audit der Änderungen' });
    expect(within(table).getByRole('columnheader', { name: /Ergebnis/ })).toBeInTheDocument();
    // The target was named when the edit was recorded, in English then.
    const row = within(table)
      .getByText(`customer ${DEMO_CUSTOMER_NUMBER} · Bergwerk Digital AG`)
      .closest('tr');
    if (!row) throw new Error('no row for the customer');
    expect(row).toHaveTextContent('Erledigt200');
    await user.click(within(row).getByText('1 Feld geändert'));
    expect(within(row).getByText('Bülach')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Audit leeren' })).toBeInTheDocument();
  });

  it('names the target of a write recorded in German in German', async () => {
    await setLocale('de');
    expect(describeTarget('user.update', { customerNumber: '10000001', userId: '10000001_3' }, {})).toBe(
      'Benutzer 10000001_3 (Kunde 10000001)',
    );
    expect(describeTarget('zone.create', { productid: '500001' }, {})).toBe('neue Zone (Produkt 500001)');
  });
});
