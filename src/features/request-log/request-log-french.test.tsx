import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { setLocale } from '@/i18n';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { pastedDemoKey, stubAnimations } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const operator = pastedDemoKey('operator');
const readonly = pastedDemoKey('readonly');

beforeAll(stubAnimations);

describe('request log in French', { timeout: 30_000 }, () => {
  it('switches the open drawer to French; the API message and code stay as sent', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    await callEndpoint(
      endpoint('customer.delete'),
      { params: { customerNumber: DEMO_CUSTOMER_NUMBER } },
      { connection: readonly },
    ).catch(() => undefined);
    await user.click(screen.getAllByRole('button', { name: 'Request log' })[0] as HTMLElement);
    await screen.findByRole('dialog', { name: 'Request log' }, { timeout: 15_000 });

    await act(() => setLocale('fr'));
    const dialog = await screen.findByRole('dialog', { name: 'Journal des requêtes' });
    expect(
      within(dialog).getByRole('button', { name: 'Fermer le journal des requêtes' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('searchbox', { name: 'Rechercher dans les appels' })).toBeInTheDocument();
    const [failed] = within(dialog).getAllByRole('listitem');
    expect(failed).toHaveTextContent('Échec');
    expect(failed).toHaveTextContent(/Code\s*METHOD_RESTRICTED/);
    expect(failed).toHaveTextContent(/L’API indique\s*You do not have permission to use this method/);
    expect(
      within(failed as HTMLElement).getByRole('link', { name: 'À propos de METHOD_RESTRICTED' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 appel');
  });
});
