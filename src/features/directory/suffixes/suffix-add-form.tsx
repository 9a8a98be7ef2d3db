import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import { suffixBody } from '@/api/catalogue/body-schemas';
import { domainLabel, domainNameIssue, toAsciiDomain } from '@/api/domain/domain-name';
import { directoryMutations, directoryReconcile } from '@/api/queries/directory';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, params, useMessages } from '@/i18n';

const FIELDS = ['suffix'] as const;
// Both documented codes are about the one field.
const CODE_FIELDS = {
  INVALID_FQDN: 'suffix',
  UPN_ALREADY_EXIST: 'suffix',
  uniqueness_error: 'suffix',
} as const;

const messages = i18n('directory/suffix-add-form', {
  rule: 'A domain: labels of 1–63 letters, digits and hyphens (no hyphen at either end), separated by dots, at most 253 characters. Umlauts are fine: they are sent in their xn-- form.',
  noun: 'the UPN suffix',
  added: params('UPN suffix {suffix} added'),
  heading: 'Add a UPN suffix',
  submit: 'Add suffix',
  domain: 'Domain',
  willBe: 'Will be added as',
  // After a lost answer that re-reading found: the suffix is in the list below, the form clears.
  done: 'Done',
  // A warning, not a block: the list may be a moment old, and the API has the last word (409).
  taken: params('{suffix} is already a UPN suffix of this customer: the API would refuse it.'),
});

/** POST /v1/customer/suffix/{customerNumber}: one domain, checked and converted before sending. */
export function SuffixAddForm({
  customerNumber,
  existing,
}: {
  customerNumber: string;
  /** The customer's suffixes as listed, so a duplicate is said before it is sent. */
  existing: readonly string[];
}) {
  const t = useMessages(messages);
  const domainInput = useRef<HTMLInputElement | null>(null);
  const api = useApiForm({
    endpoint: endpoint('suffix.create'),
    params: { customerNumber },
    schema: suffixBody,
    defaultValues: { suffix: '' },
    mutation: directoryMutations.createSuffix(customerNumber),
    draftKey: `directory.suffix.add.${customerNumber}`,
    fields: FIELDS,
    codeFields: CODE_FIELDS,
    noun: t.noun,
    reconcile: directoryReconcile.createSuffix(customerNumber),
    onSuccess: (_created, sent) => {
      // The form stays on the list page, ready for the next suffix: the keyboard too.
      api.form.reset({ suffix: '' });
      domainInput.current?.focus();
      // Named as the list names it: the typed (Unicode) form, with the xn-- form the API keeps.
      notify({ kind: 'success', title: t.added({ suffix: domainLabel(sent.suffix) }) });
    },
  });
  const { form } = api;
  const { ref: registerDomain, ...domainField } = form.register('suffix');
  const typed = useWatch({ control: form.control, name: 'suffix' });
  const ascii = typed && domainNameIssue(typed) === null ? toAsciiDomain(typed) : null;
  const listed = useMemo(() => new Set(existing.map(toAsciiDomain)), [existing]);
  const converted = ascii !== null && ascii !== typed.trim().toLowerCase();
  const warning = [
    converted && (
      <span key="converted" className="block">
        {t.willBe} <span className="font-mono">{ascii}</span>
      </span>
    ),
    // Once the field shows an error (the API's 409), the warning would say it twice; once a lost
    // answer's re-read found it saved, it is listed because of this very send.
    ascii !== null &&
      listed.has(ascii) &&
      !form.formState.errors.suffix &&
      api.submission.lostAnswer?.state !== 'found' && (
        <span key="taken" className="block">
          {t.taken({ suffix: domainLabel(ascii) })}
        </span>
      ),
  ].filter(Boolean);

  return (
    <ApiForm
      api={api}
      label={t.heading}
      submitLabel={t.submit}
      openLabel={t.done}
      className={`${cardClass} space-y-3 p-4 sm:p-6`}
    >
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{t.heading}</h2>
      <Field
        label={t.domain}
        hint={t.rule}
        error={form.formState.errors.suffix?.message}
        warning={warning.length > 0 ? warning : undefined}
      >
        {(control) => (
          <input
            {...control}
            {...domainField}
            ref={(element) => {
              registerDomain(element);
              domainInput.current = element;
            }}
            className={inputClass}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            placeholder="example.com"
            aria-required
          />
        )}
      </Field>
    </ApiForm>
  );
}
