import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { suffixBody } from '@/api/catalogue/body-schemas';
import { domainNameIssue, toAsciiDomain } from '@/api/domain/domain-name';
import { directoryMutations } from '@/api/queries/directory';
import { FormErrorSummary } from '@/features/forms/form-error-summary';
import { SubmitButton } from '@/features/forms/submit-button';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { useFormSubmission } from '@/features/forms/use-form-submission';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { DraftRestoredNote, ReadOnlyNote } from '../shared/form-notes';

type SuffixValues = z.input<typeof suffixBody>;
type SuffixOutput = z.output<typeof suffixBody>;

const FIELDS = ['suffix'] as const;
// Both documented codes are about the one field.
const CODE_FIELDS = {
  INVALID_FQDN: 'suffix',
  UPN_ALREADY_EXIST: 'suffix',
  uniqueness_error: 'suffix',
} as const;

export const SUFFIX_RULE =
  'A domain: labels of 1–63 letters, digits and hyphens (no hyphen at either end), separated by dots, at most 253 characters. Umlauts are fine: they are sent in their xn-- form.';

/** POST /v1/customer/suffix/{customerNumber}: one domain, checked and converted before sending. */
export function SuffixAddForm({ customerNumber }: { customerNumber: string }) {
  const options = directoryMutations.createSuffix(customerNumber);
  const mutation = useMutation({
    ...options,
    meta: { form: true },
  });
  const form = useForm<SuffixValues, unknown, SuffixOutput>({
    resolver: zodResolver(suffixBody),
    defaultValues: { suffix: '' },
    mode: 'onTouched',
  });
  const writeOff = useWriteDisabledReason();
  const draft = useFormDraft(form, { key: `directory.suffix.add.${customerNumber}` });
  const submission = useFormSubmission({
    form,
    mutation,
    fields: FIELDS,
    codeFields: CODE_FIELDS,
    disabled: writeOff !== null,
    onSuccess: (_created, sent) => {
      draft.clear();
      form.reset({ suffix: '' });
      notify({ kind: 'success', title: `UPN suffix ${sent.suffix} added` });
    },
  });
  const typed = useWatch({ control: form.control, name: 'suffix' });
  const ascii = typed && domainNameIssue(typed) === null ? toAsciiDomain(typed) : null;

  return (
    <form
      onSubmit={submission.onSubmit}
      noValidate
      aria-labelledby="add-suffix-heading"
      className={`${cardClass} space-y-3 p-4 sm:p-6`}
    >
      <h2 id="add-suffix-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        Add a UPN suffix
      </h2>
      <ReadOnlyNote reason={writeOff} />
      <DraftRestoredNote draft={draft} dirty={form.formState.isDirty} />
      <Field
        label="Domain"
        hint={SUFFIX_RULE}
        error={form.formState.errors.suffix?.message}
        warning={
          ascii && ascii !== typed.trim().toLowerCase() ? (
            <>
              Will be added as <span className="font-mono">{ascii}</span>
            </>
          ) : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            {...form.register('suffix')}
            className={inputClass}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            placeholder="example.com"
            aria-required
          />
        )}
      </Field>
      <FormErrorSummary error={submission.unplacedError} />
      <SubmitButton pending={mutation.isPending} disabledReason={writeOff}>
        Add suffix
      </SubmitButton>
    </form>
  );
}
