import type { ReactNode } from 'react';
import { type FieldValues, type Path, type PathValue, type UseFormReturn, useWatch } from 'react-hook-form';
import { Button } from '@/features/ui/button';
import { i18n, useMessages } from '@/i18n';
import type { FieldChange } from './server-changes';

const messages = i18n('forms/server-changes-panel', {
  empty: 'empty',
  region: 'Changed on the server',
  lead: 'Choose per field which value to keep. Nothing is saved until you save the form.',
  // Each piece is followed by a value.
  was: 'Was',
  now: 'when you started; now',
  end: '.',
  same: 'You changed it the same way.',
  mine: 'Mine:',
  theirs: 'Theirs:',
  done: 'Done',
});

/** A field's value, or "empty" (in the current language). */
function Shown({ value }: { value: unknown }) {
  const t = useMessages(messages);
  return value === '' || value == null ? (
    <em className="text-slate-500 dark:text-slate-400">{t.empty}</em>
  ) : (
    String(value)
  );
}
const shown = (value: unknown) => <Shown value={value} />;

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
  const t = useMessages(messages);
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
      aria-label={t.region}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <h2 className="font-semibold">{title}</h2>
      <p>{t.lead}</p>
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
                  {t.was} {shown(change.base)} {t.now} {shown(change.theirs)}
                  {t.end}
                </p>
                {same ? (
                  <p className="text-xs">{t.same}</p>
                ) : (
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                    <label className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={group}
                        checked={is(change.mine)}
                        onChange={() => choose(change.name, change.mine)}
                      />
                      <span>
                        {t.mine} {shown(change.mine)}
                      </span>
                    </label>
                    <label className="flex items-center gap-2">
                      <input
                        type="radio"
                        name={group}
                        checked={is(change.theirs)}
                        onChange={() => choose(change.name, change.theirs)}
                      />
                      <span>
                        {t.theirs} {shown(change.theirs)}
                      </span>
                    </label>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <Button
        size="sm"
        onClick={() => {
          // The panel goes: the keyboard's place is the first field it was about.
          if (names[0]) form.setFocus(names[0]);
          onDone();
        }}
      >
        {t.done}
      </Button>
    </section>
  );
}
