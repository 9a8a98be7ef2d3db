import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isApiError } from '@/api/api-error';

export interface ApplyServerErrorsOptions<T extends FieldValues> {
  /** The form's field names: only these receive errors. */
  fields: readonly FieldPath<T>[];
  /** Other names the API or a schema may use for a field, e.g. `{ zip: 'zipcode' }`. */
  aliases?: Readonly<Record<string, FieldPath<T>>>;
  /**
   * Documented codes that are about one field by themselves (`UPN_ALREADY_EXIST` is about the
   * UPN): used when the API names no field, so the message still lands where it belongs. Named
   * as the API would name the field; aliases apply.
   */
  codeFields?: Readonly<Record<string, string>>;
}

// APIs name fields as `vatid`, `body.vatid`, `customer[vatid]` or `VatId`: compare the last segment.
const lastSegment = (name: string) =>
  name
    .replace(/\]$/, '')
    .split(/[.[\]]+/)
    .pop()
    ?.toLowerCase() ?? '';

/**
 * Puts the field messages of an `ApiError` (from the API's `field`/`fields`/`errors`, or the
 * client's schema paths) on the form's fields with `setError`, focusing the first in form order.
 * Returns whether any landed; when none did, the caller shows the whole error instead.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { fields, aliases = {}, codeFields = {} }: ApplyServerErrorsOptions<T>,
): boolean {
  if (!isApiError(error)) return false;
  const byName = new Map<string, FieldPath<T>>();
  for (const field of fields) byName.set(lastSegment(field), field);
  for (const [alias, field] of Object.entries(aliases)) byName.set(lastSegment(alias), field);

  const messages = new Map<FieldPath<T>, string>();
  for (const [name, message] of Object.entries(error.fields)) {
    const field = byName.get(name.toLowerCase()) ?? byName.get(lastSegment(name));
    if (field && !messages.has(field)) messages.set(field, message);
  }
  const codeField = error.code ? codeFields[error.code] : undefined;
  const byCode = codeField ? byName.get(lastSegment(codeField)) : undefined;
  if (messages.size === 0 && byCode) messages.set(byCode, error.message);
  // Focus follows the form's order, not the order the API listed the fields in.
  const ordered = fields.filter((field) => messages.has(field));
  ordered.forEach((field, index) => {
    setError(field, { type: 'server', message: messages.get(field) }, { shouldFocus: index === 0 });
  });
  return ordered.length > 0;
}
