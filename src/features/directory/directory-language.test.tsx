import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, useDirectoryTestEnvironment } from './test/directory-test-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('the directory in German and French', () => {
  useDirectoryTestEnvironment();
  it('shows a customer’s groups in German and switches to French in place', async () => {
    await act(() => setLocale('de'));
    await renderApp(`/directory/${CUSTOMER}/groups`, { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Gruppen' })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Bereiche des Verzeichnisses' });
    expect(within(tabs).getByRole('link', { name: 'UPN-Suffixe' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neue Gruppe' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kundenkontext' })).toBeInTheDocument();

    await act(() => setLocale('fr'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Groupes' })).toBeInTheDocument();
    expect(within(tabs).getByRole('link', { name: 'Utilisateurs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nouveau groupe' })).toBeInTheDocument();
  });

  it('checks a typed password in French, rule and message both', async () => {
    await act(() => setLocale('fr'));
    const { user } = await renderApp(`/directory/${CUSTOMER}/users/new`, { connection: 'operator' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nouvel utilisateur' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Prénom' }), 'Max');
    await user.type(screen.getByRole('textbox', { name: 'Nom de famille' }), 'Muster');
    await user.click(screen.getByRole('radio', { name: 'Saisir un mot de passe' }));
    const password = screen.getByLabelText('Mot de passe');
    expect(password).toHaveAccessibleDescription(/Au moins 12 caractères/);
    await user.click(screen.getByRole('button', { name: 'Créer l’utilisateur' }));
    expect(
      await screen.findByText('Saisissez le mot de passe ou choisissez d’en générer un'),
    ).toBeInTheDocument();
    await user.type(password, 'short');
    expect(password).toHaveAccessibleDescription(/utilisez au moins 12 caractères/);
  });
});
