import { type FormEvent, useId, useState } from 'react';
import { customerNumber } from '@/api/domain/identifiers';
import { Button } from '@/features/ui/button';
import { inputClass } from '@/features/ui/class-names';
import { besideInputClass, Field, fieldRowClass } from '@/features/ui/field';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('directory/typed-customer-number', {
  label: 'Customer number',
  open: 'Open',
});

/** Fallback when the customer list is unavailable: the number typed by hand. */
export function TypedCustomerNumber({ onSelect }: { onSelect: (customerNumber: string) => void }) {
  const t = useMessages(messages);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = customerNumber.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    onSelect(parsed.data);
  };
  return (
    <form id={formId} onSubmit={submit} className={fieldRowClass} noValidate>
      <Field label={t.label} error={error} className="min-w-0 flex-1">
        {(control) => (
          <input
            {...control}
            className={inputClass}
            inputMode="numeric"
            autoComplete="off"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" className={besideInputClass}>
        {t.open}
      </Button>
    </form>
  );
}
