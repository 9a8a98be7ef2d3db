import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { renderApp } from '@/test/render-app';

describe('tools in German and French', () => {
  it('the SSH check speaks German, down to why a private address will not be reached', async () => {
    const { user } = await renderApp('/tools/ssh', { connection: 'operator' });
    await act(() => setLocale('de'));
    await screen.findByRole('heading', { level: 1, name: 'SSH-Prüfung' });
    await user.type(screen.getByRole('textbox', { name: 'Host' }), '10.0.0.1');
    expect(
      screen.getByText(
        /^10\.0\.0\.1 ist privat \(10\.0\.0\.0\/8, RFC 1918\): Die Prüfung läuft aus dem Netz von 4b42/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prüfen' })).toBeInTheDocument();
  });

  it('the movie lookup in French rates with a decimal comma', async () => {
    await renderApp('/tools/movie?name=Avatar', { connection: 'operator' });
    await act(() => setLocale('fr'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Recherche de film' })).toBeInTheDocument();
    expect(await screen.findByText('7,6')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Affiche du film Avatar' })).toBeInTheDocument();
  });
});
