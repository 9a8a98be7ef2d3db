import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { giveScrollersHeight } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

describe('DNS zones in German and French', { timeout: 30_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    giveScrollersHeight();
  });
  it('shows a zone in German, SOA times in German units, and follows a switch to French', async () => {
    await act(() => setLocale('de'));
    await renderApp('/dns/500002/4b42.com', { connection: 'operator' });
    const soa = screen.getByRole('region', { name: 'SOA-Eintrag' });
    expect(within(soa).getByText('2 Tage')).toHaveAttribute('title', '172800 Sekunden');
    expect(within(soa).getByText('Aus: Antworten sind unsigniert')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Zone löschen' })).toBeInTheDocument();

    await act(() => setLocale('fr'));
    const soaFr = await screen.findByRole('region', { name: 'Enregistrement SOA' });
    expect(within(soaFr).getByText('2 jours')).toHaveAttribute('title', '172800 secondes');
  });

  it('lists zones in German', async () => {
    await act(() => setLocale('de'));
    await renderApp('/dns/500001', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'DNS-Zonen' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'DNS-Zonen' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Zonen durchsuchen' })).toBeInTheDocument();
  });
});
