import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { customerDetail } from '@/api/catalogue/customers';
import { countryName } from '@/api/domain/countries';
import { i18n, useMessages } from '@/i18n';
import { CopyButton } from '../ui/copy-button';
import { CopyableText, DateRow, DetailList, DetailRow } from '../ui/detail-list';
import { NotSet } from '../ui/empty-state';

type Customer = z.output<typeof customerDetail>;

const messages = i18n('customers/customer-fields', {
  number: 'Customer number',
  copyNumber: 'Copy number',
  description: 'Organisation or person',
  street: 'Street',
  streetnumber: 'Street number',
  zipcode: 'Zip code',
  city: 'City',
  state: 'State',
  country: 'Country',
  unknownCountry: 'Unknown country',
  telephone: 'Telephone',
  mobile: 'Mobile',
  vatid: 'VAT id',
  guid: 'GUID',
  copyGuid: 'Copy GUID',
  created: 'Created',
  modified: 'Modified',
});

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
  const t = useMessages(messages);
  return (
    <DetailList dense>
      <DetailRow label={t.number}>
        <span className="inline-flex items-center gap-2">
          <span className="font-mono">{customer.name}</span>
          <CopyButton text={customer.name} label={t.copyNumber} />
        </span>
      </DetailRow>
      <DetailRow label={t.description}>{text(customer.description)}</DetailRow>
      <DetailRow label={t.street}>{text(customer.street)}</DetailRow>
      <DetailRow label={t.streetnumber}>{text(customer.streetnumber)}</DetailRow>
      <DetailRow label={t.zipcode}>{text(customer.zipcode)}</DetailRow>
      <DetailRow label={t.city}>{text(customer.city)}</DetailRow>
      <DetailRow label={t.state}>{text(customer.state)}</DetailRow>
      <DetailRow label={t.country}>
        {customer.country ? (
          `${countryName(customer.country) ?? t.unknownCountry} (${customer.country})`
        ) : (
          <NotSet />
        )}
      </DetailRow>
      <DetailRow label={t.telephone}>{phone(customer.telephonenumber)}</DetailRow>
      <DetailRow label={t.mobile}>{phone(customer.mobile)}</DetailRow>
      <DetailRow label={t.vatid}>{text(customer.vatid)}</DetailRow>
      {guid && (
        <DetailRow label={t.guid}>
          <CopyableText text={guid} label={t.copyGuid} mono />
        </DetailRow>
      )}
      <DateRow label={t.created} value={customer.created} />
      <DateRow label={t.modified} value={customer.modified} />
    </DetailList>
  );
}
