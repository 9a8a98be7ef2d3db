import { z } from 'zod';
import { countryCode, englishCountries } from '@/api/domain/countries';

/** How a schema field is edited: the widget follows the innermost type. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'enum' | 'string-list' | 'json';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** Choices of an enum. */
  options?: readonly string[];
  /** The schema's `.describe()` text. */
  description?: string;
  /** Known values offered while typing (countries), not enforced by the widget. */
  suggestions?: readonly { value: string; label: string }[];
}

/** What a form control holds: text, a checkbox state, or undefined for "not sent". */
export type FieldValue = string | boolean | undefined;
export type FieldValues = Record<string, FieldValue>;

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  description: string | undefined;
}

/**
 * Peels optional/nullable/default wrappers and pipes (preprocess, transform, `.pipe`) down to
 * the type a user types. A pipe whose output is a transform is read by its input (`z.string()
 * .transform(…)`), any other by its output (`optional()`'s preprocess, `numberish.pipe(z.number())`).
 */
export function unwrapSchema(schema: z.ZodType): Unwrapped {
  let current: z.ZodType = schema;
  let optional = schema._zod.optin === 'optional';
  let description: string | undefined;
  for (let depth = 0; depth < 20; depth++) {
    description ??= current.description;
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodNullable || current instanceof z.ZodReadonly) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodCatch) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = (current.out instanceof z.ZodTransform ? current.in : current.out) as z.ZodType;
    } else {
      break;
    }
  }
  return { schema: current, optional, description };
}

function kindOf(schema: z.ZodType): Pick<FieldSpec, 'kind' | 'options'> {
  if (schema instanceof z.ZodString) return { kind: 'string' };
  if (schema instanceof z.ZodNumber || schema instanceof z.ZodBigInt) return { kind: 'number' };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'enum', options: schema.options.map(String) };
  if (schema instanceof z.ZodLiteral) return { kind: 'enum', options: [...schema.values].map(String) };
  if (schema instanceof z.ZodArray) {
    const element = kindOf(unwrapSchema(schema.element as z.ZodType).schema);
    return element.kind === 'string' ? { kind: 'string-list' } : { kind: 'json' };
  }
  if (schema instanceof z.ZodUnion) {
    // `z.union([z.boolean(), z.enum(['0','1'])])` is a flag; a number-or-string is a number.
    const kinds = (schema.options as z.ZodType[]).map((o) => kindOf(unwrapSchema(o).schema));
    if (kinds.some((k) => k.kind === 'boolean')) return { kind: 'boolean' };
    if (kinds.every((k) => k.kind === 'enum'))
      return { kind: 'enum', options: kinds.flatMap((k) => k.options ?? []) };
    if (kinds.some((k) => k.kind === 'number')) return { kind: 'number' };
    if (kinds.some((k) => k.kind === 'string')) return { kind: 'string' };
  }
  return { kind: 'json' };
}

let countrySuggestions: { value: string; label: string }[] | undefined;
// Built when a form first shows a country field, not when the explorer loads (the list is sorted then).
const countrySuggestionsOnce = () =>
  (countrySuggestions ??= englishCountries().map((c) => ({ value: c.code, label: c.name })));

export function describeField(name: string, schema: z.ZodType): FieldSpec {
  const { schema: inner, optional, description } = unwrapSchema(schema);
  return {
    name,
    required: !optional,
    ...kindOf(inner),
    ...(description ? { description } : {}),
    ...(inner === countryCode ? { suggestions: countrySuggestionsOnce() } : {}),
  };
}

/**
 * The fields of an object schema (params, or a body with refinements: in zod 4 a refined object
 * is still a ZodObject). Anything else has no fields: the form offers raw JSON only.
 */
export function describeFields(schema: z.ZodType | undefined): FieldSpec[] {
  if (!schema) return [];
  const inner = unwrapSchema(schema).schema;
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape as Record<string, z.ZodType>).map(([name, s]) => describeField(name, s));
}

export function emptyValue(field: FieldSpec): FieldValue {
  if (field.kind === 'boolean') return field.required ? false : undefined;
  return '';
}

export function emptyValues(fields: readonly FieldSpec[]): FieldValues {
  return Object.fromEntries(fields.map((f) => [f.name, emptyValue(f)]));
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Form values → what the schema parses. Text stays text (an untouched optional `''` is dropped by
 * the schema's `optional()`); an empty number, choice or JSON field is "not sent"; a number that
 * does not parse stays text so the schema can say what is wrong.
 */
export function toInput(fields: readonly FieldSpec[], values: FieldValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    if (typeof value === 'boolean') {
      input[field.name] = value;
      continue;
    }
    switch (field.kind) {
      case 'string':
        input[field.name] = value;
        break;
      case 'number': {
        const trimmed = value.trim();
        if (trimmed !== '') input[field.name] = Number.isFinite(Number(trimmed)) ? Number(trimmed) : value;
        break;
      }
      case 'string-list':
        input[field.name] = value
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        break;
      case 'json':
        if (value.trim() !== '') input[field.name] = parseJsonOrText(value);
        break;
      default:
        if (value !== '') input[field.name] = value;
    }
  }
  return input;
}

/** Drops what would not be sent anyway (empty optional text): for the raw JSON editor. */
export function withoutEmptyOptionals(fields: readonly FieldSpec[], input: Record<string, unknown>) {
  const optional = new Set(fields.filter((f) => !f.required).map((f) => f.name));
  return Object.fromEntries(
    Object.entries(input).filter(
      ([name, v]) => !(optional.has(name) && typeof v === 'string' && v.trim() === ''),
    ),
  );
}

function toText(value: unknown): string {
  if (value == null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A JSON body (raw editor, request log) → form values; unknown keys are ignored. */
export function toFieldValues(fields: readonly FieldSpec[], input: unknown): FieldValues {
  const source =
    input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const values: FieldValues = {};
  for (const field of fields) {
    const value = source[field.name];
    if (value === undefined) {
      values[field.name] = emptyValue(field);
      continue;
    }
    switch (field.kind) {
      case 'boolean': {
        const word = toText(value).toLowerCase();
        values[field.name] = ['true', '1', 'yes'].includes(word)
          ? true
          : ['false', '0', 'no'].includes(word)
            ? false
            : emptyValue(field);
        break;
      }
      case 'string-list':
        values[field.name] = Array.isArray(value) ? value.map(toText).join('\n') : toText(value);
        break;
      case 'json':
        values[field.name] = JSON.stringify(value, null, 2);
        break;
      default:
        values[field.name] = toText(value);
    }
  }
  return values;
}
