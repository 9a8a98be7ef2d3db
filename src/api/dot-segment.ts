import { i18n } from '@/i18n';
import { pathParamNames } from './endpoint';

// Read when a check runs, so the message is in the language of that moment.
const messages = i18n('validation/dot-segment', {
  refused: '“.” and “..” cannot be used here: they would change the path that is called',
});

/**
 * `.` and `..` survive URI-encoding, and the URL parser then resolves them: `/v1/customer/group/1/..`
 * would call `/v1/customer/group`. No documented parameter can be one, so they are refused, with
 * this message at the field (the parameter schemas' check and the client's own say the same).
 */
export const dotSegmentMessage = () => messages.get().refused;

export const isDotSegment = (value: unknown): boolean => value === '.' || value === '..';

/** The path parameters whose value is `.` or `..`, each with the message to show at its field. */
export function dotSegmentFields(path: string, params: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of pathParamNames(path)) {
    if (isDotSegment(String(params[name] ?? '').trim())) fields[name] = dotSegmentMessage();
  }
  return fields;
}
