import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { giveScrollersHeight } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

describe('servers in French', { timeout: 30_000 }, () => {
  beforeEach(() => giveScrollersHeight());
  it('lists virtual servers and hands out a console ticket in French', async () => {
    await act(() => setLocale('fr'));
    const { user } = await renderApp('/servers', { connection: 'operator' });
    expect(screen.getByRole('heading', { level: 1, name: 'Serveurs' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Serveurs virtuels' });
    await user.click(within(table).getByRole('link', { name: '300101' }));
    await user.click(await screen.findByRole('button', { name: 'Obtenir un ticket de console' }));
    expect(await screen.findByRole('button', { name: 'Copier le ticket' })).toBeInTheDocument();
    expect(screen.getByText(/Valable encore/)).toHaveTextContent(/[45]:\d\d\.$/);
  });
});
