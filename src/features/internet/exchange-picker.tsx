import { useQuery } from '@tanstack/react-query';
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { countryLabel } from '@/api/domain/countries';
import { internetQueries } from '@/api/queries/internet';
import { i18n, params, useMessages } from '@/i18n';
import { inputClass } from '../ui/class-names';
import type { FieldControlProps } from '../ui/field';

const messages = i18n('internet/exchange-picker', {
  loading: 'Loading exchanges…',
  loadFailed: 'Exchanges could not be loaded',
  choose: 'Choose an exchange',
  option: params<{ name: string; description: string; country: string; id: number }>(
    '{name} — {description} ({country}, id {id})',
  ),
});

/** Picks an exchange from GET /v1/internet/exchange wherever the API asks for an exchange id. */
export function ExchangePicker({
  control,
  ...register
}: {
  control: FieldControlProps;
  name: string;
  ref: Ref<HTMLSelectElement>;
  onChange: ChangeEventHandler<HTMLSelectElement>;
  onBlur: FocusEventHandler<HTMLSelectElement>;
}) {
  const t = useMessages(messages);
  const exchanges = useQuery(internetQueries.exchanges());
  return (
    <select
      {...control}
      {...register}
      // A new element once the options are there: registering it again shows the form's value
      // (a link's or a draft's exchange), which the empty select could not.
      key={exchanges.data ? 'loaded' : 'loading'}
      className={inputClass}
      aria-busy={exchanges.isPending || undefined}
    >
      <option value="">
        {exchanges.isPending ? t.loading : exchanges.isError ? t.loadFailed : t.choose}
      </option>
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
