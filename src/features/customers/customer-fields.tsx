import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { customerDetail } from '@/api/catalogue/customers';
import { countryName } from '@/api/domain/countries';
import { CopyButton } from '../ui/copy-button';
import { CopyableText, DateRow, DetailList, DetailRow } from '../ui/detail-list';
import { NotSet } from '../ui/empty-state';

type Customer = z.output<typeof customerDetail>;

function text(value: string | null | undefined): ReactNode {
  return value == null || value === '' ? <NotSet /> : value;
}

function phone(value: string | null | undefined): ReactNode {
  if (!value) return <NotSet />;
  return (
    <a href={`tel:${value}`} className="text-teal-800 underline-offset-2 hover:underline dark:text-teal-300">
      {value}
    </a>
  );
}

/**
 * Every documented field of GET /v1/customer/{customerNumber}, labelled for people. The documented
 * detail has no GUID (the list has): it is shown when either one supplied it.
 */
export function CustomerFields({ customer, guid }: { customer: Customer; guid: string | null }) {
  return (
    <DetailList dense>
      <DetailRow label="Customer number">
        <span className="inline-flex items-center gap-2">
          <span className="font-mono">{customer.name}</span>
          <CopyButton text={customer.name} label="Copy number" />
        </span>
      </DetailRow>
      <DetailRow label="Organisation or person">{text(customer.description)}</DetailRow>
      <DetailRow label="Street">{text(customer.street)}</DetailRow>
      <DetailRow label="Street number">{text(customer.streetnumber)}</DetailRow>
      <DetailRow label="Zip code">{text(customer.zipcode)}</DetailRow>
      <DetailRow label="City">{text(customer.city)}</DetailRow>
      <DetailRow label="State">{text(customer.state)}</DetailRow>
      <DetailRow label="Country">
        {customer.country ? (
          `${countryName(customer.country) ?? 'Unknown country'} (${customer.country})`
        ) : (
          <NotSet />
        )}
      </DetailRow>
      <DetailRow label="Telephone">{phone(customer.telephonenumber)}</DetailRow>
      <DetailRow label="Mobile">{phone(customer.mobile)}</DetailRow>
      <DetailRow label="VAT id">{text(customer.vatid)}</DetailRow>
      {guid && (
        <DetailRow label="GUID">
          <CopyableText text={guid} label="Copy GUID" mono />
        </DetailRow>
      )}
      <DateRow label="Created" value={customer.created} />
      <DateRow label="Modified" value={customer.modified} />
    </DetailList>
  );
}
