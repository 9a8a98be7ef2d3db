import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

describe('the shell in another language', { timeout: 20_000 }, () => {
  it('switches the header, the navigation and the home page to German at once, and to French from the palette', async () => {
    const { user } = await renderApp('/', { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: 'Overview' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    const nav = within(screen.getByRole('navigation', { name: 'Hauptnavigation' }));
    expect(nav.getByRole('link', { name: 'DNS-Zonen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeInTheDocument();
    expect(screen.getByText('Rate-Limit: noch nicht gemessen')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');

    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('combobox', {
      name: 'Zu einer Seite, einem Datensatz oder einer Aktion',
    });
    await user.type(palette, 'sprache fr');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
  });
});
