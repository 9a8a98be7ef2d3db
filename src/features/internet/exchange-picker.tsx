import { useQuery } from '@tanstack/react-query';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { countryLabel } from '@/api/domain/countries';
import { internetQueries } from '@/api/queries/internet';
import { inputClass } from '@/features/ui/class-names';
import type { FieldControlProps } from '@/features/ui/field';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('internet/exchange-picker', {
  loading: 'Loading exchanges…',
  loadFailed: 'Exchanges could not be loaded',
  choose: 'Choose an exchange',
  option: params<{ name: string; description: string; country: string; id: number }>(
    '{name} — {description} ({country}, id {id})',
  ),
  unknown: params<{ id: string }>('Exchange id {id}, not in the API’s list'),
});

/**
 * Picks an exchange from GET /v1/internet/exchange wherever the API asks for an exchange id.
 * Controlled: the options arrive after the form has its value (a link's or a draft's exchange),
 * and only a controlled select shows that value once its option is there.
 */
export function ExchangePicker<T extends FieldValues, TOutput>({
  control,
  form,
  name,
}: {
  control: FieldControlProps;
  form: Control<T, unknown, TOutput>;
  name: FieldPath<T>;
}) {
  const { field } = useController({ control: form, name });
  const t = useMessages(messages);
  const exchanges = useQuery(internetQueries.exchanges());
  const value = String(field.value ?? '');
  // A value no option has (a link's id the API does not list) is shown as it would be sent.
  const unlisted =
    value !== '' && exchanges.data !== undefined && !exchanges.data.some((x) => String(x.id) === value);
  return (
    <select
      {...control}
      name={field.name}
      ref={field.ref}
      value={value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      className={inputClass}
      aria-busy={exchanges.isPending || undefined}
    >
      <option value="">
        {exchanges.isPending ? t.loading : exchanges.isError ? t.loadFailed : t.choose}
      </option>
      {unlisted && <option value={value}>{t.unknown({ id: value })}</option>}
      {exchanges.data?.map((x) => (
        <option key={x.id} value={String(x.id)}>
          {t.option({
            name: x.name,
            description: x.description ?? '',
            country: countryLabel(x.country),
            id: x.id,
          })}
        </option>
      ))}
    </select>
  );
}
