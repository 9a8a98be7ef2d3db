import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import { customerBody } from '@/api/catalogue/body-schemas';
import { setLocale } from '@/i18n';
import { ApiDateTime } from './api-date-time';
import { ConfirmDialog } from './confirm-dialog';
import { ErrorPanel } from './error-panel';

const refused = new ApiError({
  kind: 'http',
  method: 'GET',
  path: '/v1/customer',
  status: 503,
  code: null,
  message: 'Down for maintenance.',
});

describe('the kit in German and French', () => {
  it('switches a shown error panel and date to German, leaving the API’s words as they are', async () => {
    render(
      <>
        <ErrorPanel error={refused} onRetry={() => {}} />
        <ApiDateTime value="2024-03-24 10:04:07" />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText(/Mar 24, 2024/)).toBeInTheDocument();

    await act(() => setLocale('de'));

    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByText('Die Anfrage ist fehlgeschlagen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mehr zu 503 in den Fehlercodes' })).toBeInTheDocument();
    expect(screen.getByText('Down for maintenance.')).toBeInTheDocument();
    expect(screen.getByText(/24\.03\.2024/)).toBeInTheDocument();
  });

  it('asks for the text to type in French', async () => {
    await act(() => setLocale('fr'));
    render(
      <ConfirmDialog
        open
        onClose={() => {}}
        onConfirm={() => {}}
        title="Supprimer la zone"
        confirmLabel="Supprimer"
        typeToConfirm="4b42.ch"
      >
        Tout sera supprimé.
      </ConfirmDialog>,
    );
    const typed = await screen.findByLabelText('Saisissez 4b42.ch pour confirmer');
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    await userEvent.type(typed, '4b42{Enter}');
    expect(typed).toHaveAccessibleDescription('Saisissez 4b42.ch exactement comme indiqué.');
  });

  it('says a validation message in the language current when the check runs', async () => {
    const descriptionError = () =>
      customerBody
        .safeParse({ description: ' ', country: 'CH' })
        .error?.issues.find((issue) => issue.path[0] === 'description')?.message;
    await act(() => setLocale('de'));
    expect(descriptionError()).toBe('Bitte die Organisation oder Nach- und Vornamen der Person eingeben');
    await act(() => setLocale('en'));
    expect(descriptionError()).toBe('Enter the organisation, or the person’s last and first name');
  });
});
