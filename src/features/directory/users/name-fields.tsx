import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';
import type { UserFormValues } from './user-form-schema';

const messages = i18n('directory/name-fields', {
  legend: 'Name',
  firstname: 'First name',
  lastname: 'Last name',
});

type NameValues = Pick<UserFormValues, 'firstname' | 'lastname'>;

/** First and last name; together they make the display name "Last, First" and the DN's CN. */
export function NameFields<T extends NameValues>({
  register,
  errors,
  advise,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  /** The warnings of `userAdvice` (`useFieldAdvice`). */
  advise: (name: keyof NameValues) => string | undefined;
}) {
  const t = useMessages(messages);
  const reg = register as unknown as UseFormRegister<NameValues>;
  const errs = errors as FieldErrors<NameValues>;
  return (
    <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-2 sm:p-6`}>
      <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">{t.legend}</legend>
      <Field label={t.firstname} error={errs.firstname?.message} warning={advise('firstname')}>
        {(control) => (
          <input {...control} {...reg('firstname')} className={inputClass} autoComplete="off" aria-required />
        )}
      </Field>
      <Field label={t.lastname} error={errs.lastname?.message} warning={advise('lastname')}>
        {(control) => (
          <input {...control} {...reg('lastname')} className={inputClass} autoComplete="off" aria-required />
        )}
      </Field>
    </fieldset>
  );
}
