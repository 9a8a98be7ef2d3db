import type { ReactNode } from 'react';
import { isApiError } from '@/api/api-error';
import { codeEdition } from '@/api/error-catalogue';
import { Button } from './button';
import { cx } from './class-names';

/**
 * Any failure, as the API describes it: status, machine code, message, the documented meaning of
 * the code (or of the status), and which call it was.
 */
export function ErrorPanel({
  error,
  title = 'The request failed',
  onRetry,
  children,
  className,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
  className?: string;
}) {
  const api = isApiError(error) ? error : null;
  return (
    <div
      role="alert"
      className={cx(
        'rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950',
        'dark:border-red-800 dark:bg-red-950/60 dark:text-red-50',
        className,
      )}
    >
      <p className="font-semibold">{title}</p>
      {api ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-red-800 dark:text-red-200">Status</dt>
          <dd>
            {api.status ?? '—'}
            {api.statusMeaning && (
              <span className="text-red-800 dark:text-red-200"> · {api.statusMeaning}</span>
            )}
          </dd>
          <dt className="text-red-800 dark:text-red-200">Code</dt>
          <dd>
            <code className="font-mono">{api.code ?? api.kind}</code>
            {api.code && codeEdition(api.code) === undefined && (
              <span className="text-red-800 dark:text-red-200"> (not in the API documentation)</span>
            )}
          </dd>
          <dt className="text-red-800 dark:text-red-200">Message</dt>
          <dd>{api.message}</dd>
          <dt className="text-red-800 dark:text-red-200">Meaning</dt>
          <dd>{api.meaning}</dd>
          <dt className="text-red-800 dark:text-red-200">Request</dt>
          <dd className="break-all font-mono text-xs">
            {api.method} {api.path}
          </dd>
        </dl>
      ) : (
        <p className="mt-2">{error instanceof Error ? error.message : String(error)}</p>
      )}
      {children}
      {onRetry && (
        <Button className="mt-3" size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
