import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import type { UserFormValues } from './user-form-schema';

type NameValues = Pick<UserFormValues, 'firstname' | 'lastname'>;

/** First and last name; together they make the display name "Last, First" and the DN's CN. */
export function NameFields<T extends NameValues>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
}) {
  const reg = register as unknown as UseFormRegister<NameValues>;
  const errs = errors as FieldErrors<NameValues>;
  return (
    <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-2 sm:p-6`}>
      <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">Name</legend>
      <Field label="First name" error={errs.firstname?.message}>
        {(control) => (
          <input {...control} {...reg('firstname')} className={inputClass} autoComplete="off" aria-required />
        )}
      </Field>
      <Field label="Last name" error={errs.lastname?.message}>
        {(control) => (
          <input {...control} {...reg('lastname')} className={inputClass} autoComplete="off" aria-required />
        )}
      </Field>
    </fieldset>
  );
}
