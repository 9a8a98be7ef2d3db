import type { ApiCallEvent } from './call-events';

export const REDACTED = '•••';

/**
 * Field names whose value is a secret: passwords (typed or generated), keys and tokens. Matched
 * anywhere in the name (`generatedPassword`, `api_key`), and only string or number values are
 * masked, so a flag such as `passwordNeverExpires: true` stays readable.
 */
const SECRET_FIELD = /pass(word|wd)|secret|token|api_?key|^key$|credential/i;

/** Headers that carry the key (any of the documented styles) or a session. */
const SECRET_HEADER = /^(authorization|4b42-key|x-api-key|api-key|apikey|cookie|set-cookie)$/i;

/** Shorter values would mask ordinary words; no real key or password is this short. */
const MIN_SECRET_LENGTH = 6;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// A list of 10 000 records repeats the same few names: test each name once.
const nameVerdicts = new Map<string, boolean>();
/** A field whose value is a secret (password, token, key…): masked in the log, hidden while typed. */
export function isSecretName(name: string): boolean {
  let verdict = nameVerdicts.get(name);
  if (verdict === undefined) {
    verdict = SECRET_FIELD.test(name);
    if (nameVerdicts.size > 2000) nameVerdicts.clear();
    nameVerdicts.set(name, verdict);
  }
  return verdict;
}

const isSecretValue = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '' && value !== REDACTED) || typeof value === 'number';

/** Every value found under a secret field name, at any depth. */
export function secretsIn(body: unknown, found: string[] = []): string[] {
  if (Array.isArray(body)) {
    for (const item of body) secretsIn(item, found);
  } else if (isPlainObject(body)) {
    for (const name in body) {
      const value = body[name];
      if (isSecretName(name) && isSecretValue(value)) found.push(String(value));
      else if (value !== null && typeof value === 'object') secretsIn(value, found);
    }
  }
  return found;
}

/**
 * Masks secrets in any value: fields by name, and every known secret value wherever it appears.
 * Copy on write: what holds no secret is returned as it is, so a large answer costs one walk.
 */
export function createRedactor(knownSecrets: readonly (string | null | undefined)[]) {
  const secrets = [...new Set(knownSecrets)]
    .filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
    // Longest first, so a secret containing another is masked whole.
    .sort((a, b) => b.length - a.length);

  const text = (value: string): string => {
    let out = value;
    for (const secret of secrets) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
    return out;
  };

  const body = (value: unknown): unknown => {
    if (typeof value === 'string') return secrets.length === 0 ? value : text(value);
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const next = body(value[i]);
        if (next !== value[i]) {
          copy ??= value.slice();
          copy[i] = next;
        }
      }
      return copy ?? value;
    }
    if (isPlainObject(value)) {
      let copy: Record<string, unknown> | null = null;
      for (const name in value) {
        const v = value[name];
        const next = isSecretName(name) && isSecretValue(v) ? REDACTED : body(v);
        if (next !== v) {
          copy ??= { ...value };
          copy[name] = next;
        }
      }
      return copy ?? value;
    }
    return value;
  };

  const headers = (value: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(value).map(([name, v]) => [
        name,
        SECRET_HEADER.test(name) ? v.replace(/^(Bearer |Basic )?.*$/is, `$1${REDACTED}`) : text(v),
      ]),
    );

  return { text, body, headers };
}

/**
 * A call as it may be stored, shown, copied or exported: the key headers masked, secret fields
 * masked by name in both bodies, and the key and every such secret masked wherever else its value
 * appears (a message, a URL, another field).
 */
export function redactCall(call: ApiCallEvent, extraSecrets: readonly (string | null | undefined)[] = []) {
  const redact = createRedactor([
    ...extraSecrets,
    ...secretsIn(call.requestBody),
    ...secretsIn(call.responseBody),
    ...secretsIn(call.params),
  ]);
  return {
    ...call,
    path: redact.text(call.path),
    url: redact.text(call.url),
    params: redact.body(call.params) as Record<string, unknown>,
    requestHeaders: redact.headers(call.requestHeaders),
    requestBody: redact.body(call.requestBody),
    message: call.message === null ? null : redact.text(call.message),
    responseHeaders: redact.headers(call.responseHeaders),
    responseBody: redact.body(call.responseBody),
  } satisfies ApiCallEvent;
}

/** One body with its secret fields masked, and their values wherever else they appear in it. */
export function redactBody(body: unknown): unknown {
  return createRedactor(secretsIn(body)).body(body);
}
