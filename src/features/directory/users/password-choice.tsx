import { useState } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { passwordIssue, passwordRule } from '@/api/domain/password';
import { Button } from '@/features/ui/button';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, params, useLocale, useMessages } from '@/i18n';
import type { UserFormValues } from './user-form-schema';

const messages = i18n('directory/password-choice', {
  legend: 'Password',
  generate: 'Generate a strong password',
  generateHint: 'Shown once after the user is created, with a copy button. Pass it on securely.',
  type: 'Type a password',
  rule: params('{rule}.'),
  notYet: params('Not yet: {issue}.'),
  hide: 'Hide',
  show: 'Show',
});

// After a colon English and French go on in lower case; German starts a sentence anew.
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Generate (shown once after saving) or type (checked against the password rule as you type). */
export function PasswordChoice({
  register,
  errors,
  mode,
  typed,
}: {
  register: UseFormRegister<UserFormValues>;
  errors: FieldErrors<UserFormValues>;
  mode: UserFormValues['passwordMode'];
  typed: string;
}) {
  const t = useMessages(messages);
  const locale = useLocale();
  const [visible, setVisible] = useState(false);
  const liveIssue = typed ? passwordIssue(typed) : null;
  const radio =
    'h-4 w-4 border-slate-400 text-teal-700 focus-visible:outline-2 focus-visible:outline-teal-600';
  return (
    <fieldset className={`${cardClass} space-y-3 p-4 sm:p-6`}>
      <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">{t.legend}</legend>
      <div className="space-y-2">
        <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input type="radio" value="generate" {...register('passwordMode')} className={`${radio} mt-0.5`} />
          <span>
            {t.generate}
            <span className="block text-xs text-slate-600 dark:text-slate-400">{t.generateHint}</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
          <input type="radio" value="type" {...register('passwordMode')} className={`${radio} mt-0.5`} />
          <span>{t.type}</span>
        </label>
      </div>
      {mode === 'type' && (
        <Field
          label={t.legend}
          hint={t.rule({ rule: passwordRule() })}
          error={errors.password?.message}
          warning={
            !errors.password && liveIssue
              ? t.notYet({ issue: locale === 'de' ? liveIssue : lowerFirst(liveIssue) })
              : undefined
          }
        >
          {(control) => (
            <div className="flex gap-2">
              <input
                {...control}
                {...register('password')}
                type={visible ? 'text' : 'password'}
                className={inputClass}
                autoComplete="new-password"
                spellCheck={false}
                aria-required
              />
              <Button
                size="sm"
                aria-controls={control.id}
                aria-pressed={visible}
                onClick={() => setVisible((v) => !v)}
              >
                {visible ? t.hide : t.show}
              </Button>
            </div>
          )}
        </Field>
      )}
    </fieldset>
  );
}
