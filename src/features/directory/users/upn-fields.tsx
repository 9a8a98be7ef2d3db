import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { domainLabel } from '@/api/domain/domain-name';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';
import type { SuffixItem } from '../types';
import { upnLocalRule } from './upn';
import type { UserFormValues } from './user-form-schema';

const messages = i18n('directory/upn-fields', {
  legend: 'User principal name (sign-in name)',
  optional: '(optional)',
  // Around an example of the name the API assigns, shown in a monospace font.
  assignedBefore: 'Leave the name empty and the API assigns one like ',
  assignedAfter: '.',
  local: 'Name before the @',
  suffix: 'UPN suffix',
  suffixHint: 'One of this customer’s UPN suffixes.',
  noSuffixes: 'No suffixes yet',
  current: ' – current',
  noneYet: 'This customer has no UPN suffixes yet.',
  signsInAs: 'Signs in as',
  noUpn: 'No UPN will be sent.',
});

type UpnValues = Pick<UserFormValues, 'upnLocal' | 'upnSuffix'>;

/**
 * The UPN as its two halves: a local part typed by hand and one of this customer's own suffixes.
 * `keepSuffix` (the user's current suffix) stays choosable even if it is not in the list, e.g. the
 * default @4b42.com, so saving other fields never changes the UPN by accident.
 */
export function UpnFields<T extends UpnValues>({
  register,
  errors,
  suffixes,
  keepSuffix,
  optional,
  preview,
  manageSuffixesLink,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  suffixes: readonly SuffixItem[];
  keepSuffix?: string;
  optional: boolean;
  /** The UPN that will be sent, or null. */
  preview: string | null;
  manageSuffixesLink: React.ReactNode;
}) {
  const t = useMessages(messages);
  const reg = register as unknown as UseFormRegister<UpnValues>;
  const errs = errors as FieldErrors<UpnValues>;
  const own = suffixes.map((s) => s.suffix);
  const choices = keepSuffix && !own.includes(keepSuffix) ? [keepSuffix, ...own] : own;
  return (
    <fieldset className={`${cardClass} space-y-3 p-4 sm:p-6`}>
      <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
        {t.legend}
        {optional && (
          <span className="ml-1 text-sm font-normal text-slate-600 dark:text-slate-400">{t.optional}</span>
        )}
      </legend>
      {optional && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t.assignedBefore}
          {/* i18n-ignore: an example of the name the API assigns */}
          <span className="font-mono">12345678_1234@4b42.com</span>
          {t.assignedAfter}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)] sm:items-start">
        <Field label={t.local} hint={upnLocalRule()} error={errs.upnLocal?.message}>
          {(control) => (
            <input
              {...control}
              {...reg('upnLocal')}
              className={inputClass}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
            />
          )}
        </Field>
        <span aria-hidden="true" className="hidden pt-8 text-lg text-slate-600 sm:block dark:text-slate-400">
          @
        </span>
        <Field
          label={t.suffix}
          hint={choices.length === 0 ? undefined : t.suffixHint}
          error={errs.upnSuffix?.message}
        >
          {(control) => (
            <select {...control} {...reg('upnSuffix')} className={inputClass} disabled={choices.length === 0}>
              {choices.length === 0 && <option value="">{t.noSuffixes}</option>}
              {choices.map((suffix) => (
                <option key={suffix} value={suffix}>
                  {domainLabel(suffix)}
                  {suffix === keepSuffix && !own.includes(suffix) ? t.current : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {choices.length === 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t.noneYet} {manageSuffixesLink}
        </p>
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {preview ? (
          <>
            {t.signsInAs} <span className="font-mono break-all">{preview}</span>
          </>
        ) : optional ? (
          t.noUpn
        ) : null}
      </p>
    </fieldset>
  );
}
