import type { ReactNode } from 'react';
import { type FieldValues, type Path, type PathValue, type UseFormReturn, useWatch } from 'react-hook-form';
import { Button } from '../ui/button';
import type { FieldChange } from './server-changes';

const shown = (value: unknown) =>
  value === '' || value == null ? (
    <em className="text-slate-500 dark:text-slate-400">empty</em>
  ) : (
    String(value)
  );

/**
 * Fields the server changed since the form started from it (a restored draft, or a `conflict`),
 * each with the user's value and the server's: the user picks per field; the form holds the
 * choice, so saving sends exactly what is shown.
 */
export function ServerChangesPanel<T extends FieldValues, TOutput>({
  form,
  changes,
  labels = {},
  title,
  onDone,
}: {
  form: UseFormReturn<T, unknown, TOutput>;
  changes: readonly FieldChange[];
  /** Field name → its label in the form. */
  labels?: Readonly<Record<string, string>>;
  title: ReactNode;
  onDone: () => void;
}) {
  const names = changes.map((change) => change.name) as Path<T>[];
  const current = useWatch({ control: form.control, name: names }) as unknown[];
  if (changes.length === 0) return null;
  const choose = (name: string, value: unknown) =>
    form.setValue(name as Path<T>, value as PathValue<T, Path<T>>, {
      shouldDirty: true,
      shouldValidate: true,
    });

  return (
    <section
      aria-label="Changed on the server"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <p>Choose per field which value to keep. Nothing is saved until you save the form.</p>
      <ul className="space-y-2">
        {changes.map((change, index) => {
          const label = labels[change.name] ?? change.name;
          const value = current[index];
          const same = JSON.stringify(change.mine ?? '') === JSON.stringify(change.theirs ?? '');
          const is = (other: unknown) => JSON.stringify(value ?? '') === JSON.stringify(other ?? '');
          const group = `server-change-${change.name}`;
          return (
            <li key={change.name}>
              <fieldset className="rounded bg-white/60 p-2 dark:bg-slate-900/40">
                <legend className="font-medium">{label}</legend>
                <p className="text-xs">
                  Was {shown(change.base)} when you started; now {shown(change.theirs)}.
                </p>
                {same ? (
                  <p className="text-xs">You changed it the same way.</p>
                ) : (
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    <label className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={group}
                        checked={is(change.mine)}
                        onChange={() => choose(change.name, change.mine)}
                      />
                      <span>Mine: {shown(change.mine)}</span>
                    </label>
                    <label className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={group}
                        checked={is(change.theirs)}
                        onChange={() => choose(change.name, change.theirs)}
                      />
                      <span>Theirs: {shown(change.theirs)}</span>
                    </label>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <Button size="sm" onClick={onDone}>
        Done
      </Button>
    </section>
  );
}
