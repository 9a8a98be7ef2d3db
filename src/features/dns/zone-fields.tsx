import { type UseFormReturn, useWatch } from 'react-hook-form';
import { useChangedFields } from '@/features/forms/changed-fields';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';
import { humanSeconds, SOA_ADVICE_READS, soaWarnings } from './soa-units';
import { emailToSoa, TIMER_FIELDS, type ZoneFormValues } from './zone-form-values';

const messages = i18n('dns/zone-fields', {
  ttl: 'TTL',
  ttlHint: 'How long resolvers may cache answers.',
  refresh: 'Refresh',
  refreshHint: 'How often secondary name servers check for changes.',
  retry: 'Retry',
  retryHint: 'How soon a secondary tries again after a failed refresh.',
  expire: 'Expire',
  expireHint: 'When a secondary stops answering if it cannot reach the primary.',
  hostmaster: 'Hostmaster',
  hostmasterLabel: 'Hostmaster e-mail address',
  soaReads: 'In the zone’s SOA record this reads',
  whoIsResponsible: 'Who is responsible for the zone, e.g.',
  leftEmpty: 'Left empty, the API uses hostmaster at the zone.',
  timers: 'SOA timers (seconds)',
  dnssec: 'DNSSEC',
  sign: 'Sign the zone with DNSSEC',
  signHint:
    'On: the name servers sign every answer, so resolvers can check it was not forged. You then publish the zone’s DS record at the registrar. Off: answers are unsigned; remove the DS record at the registrar first, or validating resolvers will stop resolving the zone.',
});

const asNumber = (text: string | undefined) => {
  const n = Number((text ?? '').trim());
  return (text ?? '').trim() !== '' && Number.isFinite(n) ? n : undefined;
};

/**
 * Hostmaster, the SOA timers (in seconds, read back in days and hours, with RFC 1912's advice as
 * warnings that never block) and DNSSEC: shared by the create and edit forms.
 */
export function ZoneSoaFields({
  form,
  hostmasterOptional,
}: {
  form: UseFormReturn<ZoneFormValues, unknown, unknown>;
  hostmasterOptional?: boolean;
}) {
  const t = useMessages(messages);
  const { errors } = form.formState;
  const [hostmaster, name, ...timers] = useWatch({
    control: form.control,
    name: ['hostmaster', 'name', ...TIMER_FIELDS],
  });
  const [ttl, refresh, retry, expire] = timers;
  const rfc1912 = soaWarnings({
    refresh: asNumber(refresh),
    retry: asNumber(retry),
    expire: asNumber(expire),
  });
  // Each piece of advice once the user changed a timer it reads: the API's defaults and a zone's
  // stored timers are the API's, so a new zone's form does not open with warnings.
  const changed = useChangedFields(form);
  const warning = (name: keyof typeof SOA_ADVICE_READS) =>
    changed(...SOA_ADVICE_READS[name]) ? rfc1912[name] : undefined;
  const values = { ttl, refresh, retry, expire };
  const soaForm = hostmaster?.includes('@') ? emailToSoa(hostmaster.trim()) : null;
  const example = name ? `hostmaster@${name.trim()}` : 'hostmaster@example.com';

  return (
    <>
      <fieldset className={`${cardClass} space-y-4 p-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">
          {t.hostmaster}
        </legend>
        <Field
          label={t.hostmasterLabel}
          optional={hostmasterOptional}
          hint={
            soaForm ? (
              <>
                {t.soaReads} <span className="font-mono">{soaForm}</span>.
              </>
            ) : (
              <>
                {t.whoIsResponsible} <span className="font-mono">{example}</span>.
                {hostmasterOptional && ` ${t.leftEmpty}`}
              </>
            )
          }
          error={errors.hostmaster?.message}
        >
          {(control) => (
            <input
              {...control}
              {...form.register('hostmaster')}
              type="email"
              autoComplete="email"
              spellCheck={false}
              className={inputClass}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className={`${cardClass} grid gap-4 p-4 sm:grid-cols-2 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">{t.timers}</legend>
        {TIMER_FIELDS.map((name) => {
          const seconds = asNumber(values[name]);
          return (
            <Field
              key={name}
              label={t[name]}
              hint={
                <>
                  {seconds !== undefined && (
                    <strong className="font-medium">{humanSeconds(seconds)}. </strong>
                  )}
                  {t[`${name}Hint`]}
                </>
              }
              warning={errors[name] || name === 'ttl' ? undefined : warning(name)}
              error={errors[name]?.message}
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register(name)}
                  inputMode="numeric"
                  autoComplete="off"
                  className={`${inputClass} font-mono tabular-nums`}
                />
              )}
            </Field>
          );
        })}
      </fieldset>

      <fieldset className={`${cardClass} p-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">{t.dnssec}</legend>
        <label className="flex items-start gap-3 text-sm text-slate-800 dark:text-slate-200">
          <input
            type="checkbox"
            {...form.register('dnssec')}
            className="mt-0.5 h-5 w-5 rounded border-slate-400 accent-teal-700"
          />
          <span>
            <span className="font-medium">{t.sign}</span>
            <span className="block text-slate-600 dark:text-slate-400">{t.signHint}</span>
          </span>
        </label>
      </fieldset>
    </>
  );
}
