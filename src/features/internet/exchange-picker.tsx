import { useQuery } from '@tanstack/react-query';
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { internetQueries } from '@/api/queries/internet';
import { inputClass } from '../ui/class-names';
import type { FieldControlProps } from '../ui/field';
import { countryLabel } from './exchange-list-page';

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
  const exchanges = useQuery(internetQueries.exchanges());
  return (
    <select {...control} {...register} className={inputClass} aria-busy={exchanges.isPending || undefined}>
      <option value="">
        {exchanges.isPending
          ? 'Loading exchanges…'
          : exchanges.isError
            ? 'Exchanges could not be loaded'
            : 'Choose an exchange'}
      </option>
      {exchanges.data?.map((x) => (
        <option key={x.id} value={String(x.id)}>
          {x.name} — {x.description ?? ''} ({countryLabel(x.country)}, id {x.id})
        </option>
      ))}
    </select>
  );
}
