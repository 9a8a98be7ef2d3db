import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
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

  it('links a bare status to its entry', () => {
    render(<ErrorPanel error={failure(null, 503)} />);
    expect(screen.getByRole('link', { name: 'About 503 in the error codes' })).toBeInTheDocument();
  });
});
