import { i18n } from '@/i18n';

/**
 * The docs say an error body carries "a message and error code" but never show one, and the two
 * editions use different codes. This reads every plausible shape:
 * `{code, message}`, `{error: "CODE", message}`, `{error: {code, message}}`, `{status, error_code, msg}`,
 * plus the fields an error names: `field`, `fields: {name: msg}` or `errors: [{field, message}]`.
 */
// A field the answer names without saying what is wrong with it; read when the answer is read.
const messages = i18n('api/error-body', { invalidValue: 'Invalid value' });

export interface ErrorBody {
  code: string | null;
  message: string | null;
  fields: Record<string, string>;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function readFields(body: Record<string, unknown>, message: string | null): Record<string, string> {
  const fields: Record<string, string> = {};
  const invalid = messages.get().invalidValue;
  const single = str(body.field) ?? str(body.param) ?? str(body.parameter);
  if (single) fields[single] = message ?? invalid;
  const map = record(body.fields);
  if (map) {
    for (const [name, value] of Object.entries(map)) {
      const text = Array.isArray(value) ? str(value[0]) : str(value);
      fields[name] = text ?? message ?? invalid;
    }
  }
  const list = Array.isArray(body.errors) ? body.errors : null;
  if (list) {
    for (const item of list) {
      const entry = record(item);
      const name = entry && (str(entry.field) ?? str(entry.param));
      if (entry && name) fields[name] = str(entry.message) ?? str(entry.code) ?? message ?? invalid;
    }
  }
  return fields;
}

export function readErrorBody(json: unknown): ErrorBody {
  const body = record(json);
  if (!body) return { code: null, message: str(json), fields: {} };
  const nested = record(body.error);
  const source = nested ?? body;
  const code =
    str(source.code) ?? str(source.error_code) ?? str(source.errorCode) ?? str(body.error) ?? str(body.code);
  const message =
    str(source.message) ??
    str(source.msg) ??
    str(source.error_description) ??
    str(source.detail) ??
    str(body.message);
  return {
    code,
    message,
    fields: { ...readFields(body, message), ...(nested ? readFields(nested, message) : {}) },
  };
}
