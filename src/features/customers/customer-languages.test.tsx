import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';
import { giveScrollersHeight } from './customer-test-helpers';

const detailValue = (region: HTMLElement, label: string) =>
  within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('customers in German and French', { timeout: 20_000 }, () => {
  beforeEach(() => giveScrollersHeight());
  it('shows a customer in German, country named in German, and follows a switch to French', async () => {
    await act(() => setLocale('de'));
    await renderApp(`/customers/${DEMO_CUSTOMER_NUMBER}`, { connection: 'operator' });
    expect(screen.getByText(`Kundennummer ${DEMO_CUSTOMER_NUMBER}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(detailValue(details, 'Land')).toBe('Schweiz (CH)');
    expect(
      screen.getByRole('navigation', { name: `Verzeichnis von Kunde ${DEMO_CUSTOMER_NUMBER}` }),
    ).toBeInTheDocument();

    await act(() => setLocale('fr'));
    expect(await screen.findByText(`Numéro de client ${DEMO_CUSTOMER_NUMBER}`)).toBeInTheDocument();
    expect(detailValue(screen.getByRole('region', { name: 'Détails' }), 'Pays')).toBe('Suisse (CH)');
  });

  it('says that nothing matches in a German and a French sentence, the list’s word in it', async () => {
    await act(() => setLocale('de'));
    const { user } = await renderApp('/customers', { connection: 'operator' });
    await user.type(screen.getByRole('searchbox', { name: 'Kunden durchsuchen' }), 'zzzz');
    expect(screen.getByText('Keine Kunden passen zu „zzzz“')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toHaveAccessibleDescription(
      'Keine Kunden passen zur Suche: nichts zu exportieren.',
    );
    await act(() => setLocale('fr'));
    expect(await screen.findByText('Aucun résultat parmi les clients pour « zzzz »')).toBeInTheDocument();
  });

  it('finds a country by its German name and warns about its postal code in German', async () => {
    await act(() => setLocale('de'));
    const { user } = await renderApp('/customers/new', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Neuer Kunde' })).toBeInTheDocument();
    const country = screen.getByRole('combobox', { name: /^Land/ });
    await user.type(country, 'schwei');
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: /Schweiz/ }));
    await user.type(screen.getByRole('textbox', { name: /^PLZ/ }), '80011');
    expect(screen.getByText('Schweizer Postleitzahlen haben 4 Ziffern')).toBeInTheDocument();
  });
});
