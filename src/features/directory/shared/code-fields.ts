import { ApiError, isApiError } from '../../../api/api-error';

/**
 * Some documented codes name the field by themselves (UPN_ALREADY_EXIST is about the UPN), and an
 * API may send them without a `field`. This adds the field, so the form puts the message there.
 */
export function withCodeFields(error: unknown, codeFields: Readonly<Record<string, string>>): unknown {
  if (!isApiError(error) || !error.code) return error;
  const field = codeFields[error.code];
  if (!field || Object.keys(error.fields).length > 0) return error;
  return new ApiError({
    kind: error.kind,
    method: error.method,
    path: error.path,
    endpointId: error.endpointId,
    status: error.status,
    code: error.code,
    message: error.message,
    fields: { [field]: error.message },
    retryAt: error.retryAt,
    cause: error.cause,
  });
}

/** Wraps a mutation function so its errors go through `withCodeFields`. */
export function mapCodeFields<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  codeFields: Readonly<Record<string, string>>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      throw withCodeFields(error, codeFields);
    }
  };
}
