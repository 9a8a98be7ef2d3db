import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { renderApp } from '@/test/render-app';

describe('the connect screen in French', { timeout: 20_000 }, () => {
  it('shows the form, its checks and the key header choices in French', async () => {
    await act(() => setLocale('fr'));
    const { user } = await renderApp('/connect');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Se connecter à l’API 4b42' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Authorization: Bearer <key> (docs actuelles)' })).toBeChecked();
    expect(document.title).toBe('Connexion · 4b42 Console');

    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Saisissez la clé d’API.')).toBeInTheDocument();
  });
});
