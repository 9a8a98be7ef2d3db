import { render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorInit } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { codeMeaning } from '@/api/error-catalogue';
import { server } from '@/mocks/node';
import { ErrorPanel } from './error-panel';

const failure = (code: string | null, status: number) =>
  new ApiError({ kind: 'http', method: 'GET', path: '/v1/customer', status, code, message: 'Nope.' });

describe('ErrorPanel', () => {
  it('links a documented code to its entry in the error codes', () => {
    render(<ErrorPanel error={failure('PATH_RESTRICTED', 403)} />);
    expect(screen.getByRole('link', { name: 'About PATH_RESTRICTED in the error codes' })).toHaveAttribute(
      'href',
      '/errors?entry=PATH_RESTRICTED',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('not in the API documentation');
  });

  it('says an undocumented code is undocumented and still links to the error codes', () => {
    render(<ErrorPanel error={failure('teapot_error', 418)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('teapot_error (not in the API documentation)');
    expect(screen.getByRole('link', { name: 'About teapot_error in the error codes' })).toHaveAttribute(
      'href',
      '/errors?entry=teapot_error',
    );
  });

  it('says the documented sentence once when the API’s message is that sentence', () => {
    const meaning = codeMeaning('PATH_RESTRICTED') ?? 'missing meaning';
    // The older dialect's messages are the documented text; spacing and a full stop aside.
    const message = ` ${meaning.replace(/\.$/, '').replace(/ /g, '  ')} `;
    render(
      <ErrorPanel
        error={
          new ApiError({
            kind: 'http',
            method: 'GET',
            path: '/v1/customer',
            status: 403,
            code: 'PATH_RESTRICTED',
            message,
          })
        }
      />,
    );
    const rows = Object.fromEntries(
      screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(rows.Message).toBe(message);
    expect(rows.Meaning).toBe('Same as the message: the documented text.');

    // Another message: the meaning is shown whole.
    render(<ErrorPanel error={failure('PATH_RESTRICTED', 403)} />);
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(`Nope.Meaning${meaning}`);
  });

  it('says an answer had no message, and a status meaning once, not as the message too', async () => {
    // A real API on another origin whose 500 body names neither a message nor a code.
    server.use(
      http.get('https://api.example.test/v1/customer', () => HttpResponse.json({}, { status: 500 })),
    );
    const error = await callEndpoint(
      endpoint('customer.list'),
      {},
      {
        connection: {
          kind: 'remote',
          baseUrl: 'https://api.example.test/v1',
          apiKey: 'sk-live-secret',
          keyHeader: 'bearer',
          remember: false,
        },
      },
    ).catch((e: unknown) => e);
    render(<ErrorPanel error={error} />);
    const rows = Object.fromEntries(
      screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(rows.Status).toBe('500');
    expect(rows.Message).toBe('None in the answer');
    expect(rows.Meaning).toBe(
      'Internal Server Error - There was a problem with the API host server. Try again later.',
    );
  });

  it('links a bare status to its entry', () => {
    render(<ErrorPanel error={failure(null, 503)} />);
    expect(screen.getByRole('link', { name: 'About 503 in the error codes' })).toBeInTheDocument();
  });

  it('heads a write with an unknown outcome by why it is unknown, never "no answer" above a status', () => {
    const write = (init: Partial<ApiErrorInit>) =>
      new ApiError({
        kind: 'http',
        method: 'POST',
        path: '/v1/customer',
        status: null,
        code: null,
        message: 'Lost.',
        ...init,
      });
    const { rerender } = render(<ErrorPanel error={write({ status: 500, code: 'server_error' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Server error: this may have been done/);
    // The line below says the same cause: a 500 is an answer, it just does not tell the outcome.
    expect(
      screen.getByText('A server error does not say whether the request was carried out.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/no answer came back/)).toBeNull();
    rerender(<ErrorPanel error={write({ kind: 'not-json', status: 200 })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Unreadable answer: this may have been done/);
    expect(screen.getByRole('alert')).toHaveTextContent(/although its answer could not be read\./);
    rerender(<ErrorPanel error={write({ kind: 'network' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^No answer: this may have been done/);
    expect(screen.getByRole('alert')).toHaveTextContent(/although no answer came back\./);
  });
});
