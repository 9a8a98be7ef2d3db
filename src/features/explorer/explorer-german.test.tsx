import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLocale } from '@/i18n';
import { pastedDemoKey } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const customerKey = pastedDemoKey('customer');

describe('API explorer in German', { timeout: 20_000 }, () => {
  it('speaks German around the API, whose own message stays as it was sent', async () => {
    const { user } = await renderApp('/explorer?endpoint=customer.get', { connection: customerKey });
    await screen.findByRole('heading', { level: 1, name: 'API explorer' });
    await act(() => setLocale('de'));
    expect(await screen.findByRole('heading', { level: 1, name: 'API-Explorer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Endpunkte' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /customerNumber/ }), '10000002');
    await user.click(screen.getByRole('button', { name: 'Anfrage senden' }));
    const response = await screen.findByRole('region', { name: 'Antwort' });
    const alert = within(response).getByRole('alert');
    expect(alert).toHaveTextContent('PATH_RESTRICTED');
    // The API's message, in its words; the documented meaning, as the console explains it.
    expect(alert).toHaveTextContent(
      'You do not have permission to use this path using the token that you supplied.',
    );
    expect(alert).toHaveTextContent(
      'Sie sind nicht berechtigt, diesen Pfad mit dem angegebenen Token zu verwenden.',
    );
    expect(within(response).getByRole('heading', { name: 'Antwort-Header' })).toBeInTheDocument();
  });
});
