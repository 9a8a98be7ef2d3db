import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { renderApp } from '@/test/render-app';

describe('error codes page in French and German', { timeout: 20_000 }, () => {
  it('explains each code in the chosen language and finds it by the translated words', async () => {
    const { user } = await renderApp('/errors', { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: 'Error codes' });
    await act(() => setLocale('fr'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Codes d’erreur' })).toBeInTheDocument();
    const locked = screen.getByRole('article', { name: 'locked' });
    expect(locked).toHaveTextContent('Signification documentée');
    expect(locked).toHaveTextContent('L’élément auquel vous tentez d’accéder est verrouillé');
    expect(locked).toHaveTextContent('Édition actuelle');

    const search = screen.getByRole('searchbox', { name: 'Rechercher un statut ou un code' });
    await user.type(search, 'verrouillé');
    expect(screen.getByRole('article', { name: 'locked' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'not_found' })).not.toBeInTheDocument();

    await user.clear(search);
    await act(() => setLocale('de'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fehlercodes' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: '404' })).toHaveTextContent(
      'Not Found - Die angegebene Ressource wurde nicht gefunden.',
    );
  });
});
