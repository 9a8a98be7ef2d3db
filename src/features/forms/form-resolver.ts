import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** A schema the form can check: any zod schema whose input is the form's values (or looser). */
export type FormSchema<TOutput> = z.ZodType<TOutput>;

/** Empty text, null and undefined mean the same in a form: "nothing entered". */
export function sameFormValue(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(a) && blank(b)) return true;
  if (typeof a === 'object' && typeof b === 'object' && a && b)
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** The top-level fields whose value differs from the one the form started with. */
export function changedFields<T extends FieldValues>(values: T, defaults: Partial<T>): (keyof T & string)[] {
  return Object.keys(values).filter((name) => !sameFormValue(values[name], defaults[name]));
}

type ObjectLike = { shape: Record<string, z.ZodType> };
const hasShape = (schema: unknown): schema is ObjectLike =>
  typeof schema === 'object' && schema !== null && 'shape' in schema;

/**
 * A resolver over the whole form (every field error at once), typed from the schema, so no form
 * needs an `as unknown as Resolver` cast. A stored value the user did not touch never blocks a
 * save: when the only failures are on fields still holding their starting (non-empty) value, the
 * other fields are parsed and those go out as they are — the API already holds them.
 * Until a send is tried (`submitted`: from the moment the submit checks), a field left or typed in
 * says nothing while it holds its starting value: passing through an empty field is no mistake,
 * and a message appearing as it is left would move what the pointer is pressing (the list under
 * an "add" form).
 */
export function formResolver<TValues extends FieldValues, TOutput>(
  schema: FormSchema<TOutput>,
  startingValues: () => Partial<TValues>,
  submitted: () => boolean = () => true,
): Resolver<TValues, unknown, TOutput> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };

    const defaults = startingValues();
    const asStarted = (name: string) => sameFormValue(values[name], defaults[name]);
    const untouchedStored = (name: string) => !sameFormValue(defaults[name], '') && asStarted(name);
    const notYet = !submitted();
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const name = issue.path.length > 0 ? issue.path.map(String).join('.') : 'root';
      const top = String(issue.path[0] ?? 'root');
      if (untouchedStored(top) || (notYet && asStarted(top))) continue;
      const existing = errors[name];
      if (existing) {
        existing.types = {
          ...existing.types,
          [issue.code + Object.keys(existing.types ?? {}).length]: issue.message,
        };
        continue;
      }
      errors[name] = { type: issue.code, message: issue.message, types: { [issue.code]: issue.message } };
    }
    if (Object.keys(errors).length > 0) {
      return { values: {}, errors: nest(errors) as FieldErrors<TValues> };
    }
    // Only untouched stored values failed: keep them, parse the rest field by field.
    if (!hasShape(schema)) return { values: values as unknown as TOutput, errors: {} };
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      const field = schema.shape[name];
      if (!field) continue;
      const parsed = field.safeParse(value);
      out[name] = parsed.success ? parsed.data : typeof value === 'string' ? value.trim() : value;
    }
    return { values: out as TOutput, errors: {} };
  };
}

/** `{ 'a.b': e }` → `{ a: { b: e } }`, the shape react-hook-form reads errors in. */
function nest(flat: Record<string, FieldError>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1) as string] = error;
  }
  return root;
}
