import { type FieldValues, type Path, type UseFormReturn, useWatch } from 'react-hook-form';
import type { Advice } from '@/api/catalogue/body-schemas';
import { useChangedFields } from './changed-fields';

/**
 * The warnings of rules beyond the docs (the catalogue's `…Advice`), for `Field`'s `warning`: live
 * as the user types, and only on a field the user changed (a stored value is the API's). They never
 * block a send.
 */
export function useFieldAdvice<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  advice: Partial<Record<Path<T>, Advice>>,
): (name: Path<T>) => string | undefined {
  const names = Object.keys(advice) as Path<T>[];
  const values: unknown[] = useWatch({ control: form.control, name: names });
  const changed = useChangedFields(form);
  return (name) => {
    const value = values[names.indexOf(name)];
    return typeof value === 'string' && changed(name) ? advice[name]?.(value) : undefined;
  };
}
