import { z } from 'zod';
import { booleanish, numberish } from '../domain/identifiers';

/**
 * Lenient building blocks for responses: accept what the docs show, not what they should show.
 */

/** The docs show several lists as `{}` or as a single object (UPN suffixes): both become arrays. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (Array.isArray(value)) return value;
    if (value && typeof value === 'object') return Object.keys(value).length === 0 ? [] : [value];
    return value;
  }, z.array(item));
}

/** PHP DateTime as JSON (`{date, timezone_type, timezone}`), or a plain `YYYY-MM-DD HH:MM:SS`. */
export const apiDate = z.union([
  z.looseObject({ date: z.string(), timezone_type: numberish.optional(), timezone: z.string().optional() }),
  z.string(),
]);
export type ApiDate = z.infer<typeof apiDate>;

/** Deletes answer `true`; an empty body, `[]` or `{}` is taken as the same acknowledgement. */
export const deleted = z.union([
  z.literal(true),
  z.null(),
  z.array(z.unknown()).length(0),
  z.looseObject({}),
]);

/** Writes whose documented answer is `[]` or `{}`: anything that is not an error is fine. */
export const acknowledged = z.union([z.array(z.unknown()), z.looseObject({}), z.literal(true), z.null()]);

/** Free text that may be missing or null. */
export const optionalText = z.string().nullish();

/** Prices arrive as decimal strings (`"100.00000"`); kept as strings so no cent is lost. */
export const decimalString = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number().transform(String)]);

export { booleanish, numberish };

/**
 * A binary body (the abuse report's PDF). Checked by shape, not `instanceof`, since test
 * environments and frames can each have their own Blob class.
 */
export function isBlob(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    typeof (value as Blob).size === 'number'
  );
}
export const binaryBody = z.custom<Blob>(isBlob, 'Expected a binary document');
