import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * Whether the user changed any of these fields from what the form started with: the record as
 * stored, or the API's defaults for a new one. Rules beyond the docs warn only then, since a value
 * the user did not choose is the API's (a warning on it can only be obeyed by changing it).
 */
export function useChangedFields<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
): (...names: Path<T>[]) => boolean {
  // Read during render: react-hook-form then re-renders the form when a field's dirty state changes.
  const dirty = form.formState.dirtyFields as Partial<Record<string, unknown>>;
  return (...names) => names.some((name) => Boolean(dirty[name]));
}
