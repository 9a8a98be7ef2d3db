import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { customerDetail } from '@/api/catalogue/customers';
import { countryName } from '@/api/domain/countries';
import { CopyButton } from '@/features/ui/copy-button';
import { CopyableText, DateRow, DetailList, DetailRow, PhoneNumber } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { i18n, useMessages } from '@/i18n';
import { customerFieldLabels } from './customer-field-labels';

type Customer = z.output<typeof customerDetail>;

const messages = i18n('customers/customer-fields', {
  copyNumber: 'Copy number',
  unknownCountry: 'Unknown country',
  guid: 'GUID',
  copyGuid: 'Copy GUID',
  created: 'Created',
  modified: 'Modified',
});

function text(value: string | null | undefined): ReactNode {
  return value == null || value === '' ? <NotSet /> : value;
}

/**
 * Every documented field of GET /v1/customer/{customerNumber}, labelled for people. The documented
 * detail has no GUID (the list has): it is shown when either one supplied it.
 */
export function CustomerFields({ customer, guid }: { customer: Customer; guid: string | null }) {
  const t = useMessages(messages);
  const label = useMessages(customerFieldLabels);
  return (
    <DetailList dense>
      <DetailRow label={label.customerNumber}>
        <span className="inline-flex items-center gap-2">
          <span className="font-mono">{customer.name}</span>
          <CopyButton text={customer.name} label={t.copyNumber} />
        </span>
      </DetailRow>
      <DetailRow label={label.description}>{text(customer.description)}</DetailRow>
      <DetailRow label={label.street}>{text(customer.street)}</DetailRow>
      <DetailRow label={label.streetnumber}>{text(customer.streetnumber)}</DetailRow>
      <DetailRow label={label.zipcode}>{text(customer.zipcode)}</DetailRow>
      <DetailRow label={label.city}>{text(customer.city)}</DetailRow>
      <DetailRow label={label.state}>{text(customer.state)}</DetailRow>
      <DetailRow label={label.country}>
        {customer.country ? (
          `${countryName(customer.country) ?? t.unknownCountry} (${customer.country})`
        ) : (
          <NotSet />
        )}
      </DetailRow>
      <DetailRow label={label.telephonenumber}>
        <PhoneNumber value={customer.telephonenumber} />
      </DetailRow>
      <DetailRow label={label.mobile}>
        <PhoneNumber value={customer.mobile} />
      </DetailRow>
      <DetailRow label={label.vatid}>{text(customer.vatid)}</DetailRow>
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
