import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiErrorInit } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { codeMeaning } from '@/api/error-catalogue';
import { rateLimitStore } from '@/api/rate-limit';
import { server } from '@/mocks/node';
import { ErrorPanel } from './error-panel';

const failure = (code: string | null, status: number) =>
  new ApiError({ kind: 'http', method: 'GET', path: '/v1/customer', status, code, message: 'Nope.' });

describe('ErrorPanel', () => {
  it('offers "Try again" only once the rate limit’s countdown is over', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const now = Date.now();
    const observe = (blockedUntil: number | null) =>
      act(() =>
        rateLimitStore.set({ limit: 3600, remaining: 0, resetAt: null, observedAt: now, blockedUntil }),
      );
    observe(now + 30_000);
    render(<ErrorPanel error={failure('rate_limit_exceeded', 429)} onRetry={onRetry} />);
    const retry = screen.getByRole('button', { name: 'Try again' });

    expect(retry).toHaveAttribute('aria-disabled', 'true');
    expect(retry).toHaveAccessibleDescription('The API asked to wait until the countdown ends.');
    await user.click(retry);
    expect(onRetry).not.toHaveBeenCalled();

    observe(null);
    expect(retry).not.toHaveAttribute('aria-disabled');
    await user.click(retry);
    expect(onRetry).toHaveBeenCalledOnce();
    act(() => rateLimitStore.set(null));
  });

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
    // No code came: not the console's own word for it (`http`).
    expect(rows.Code).toMatch(/^None in the answer/);
    expect(rows.Code).not.toContain('http');
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
