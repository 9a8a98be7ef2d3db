import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { customerDetail } from '../../api/catalogue/customers';
import { countryName } from '../../api/domain/countries';
import { ApiDateTime } from '../ui/api-date-time';
import { CopyButton } from '../ui/copy-button';

type Customer = z.output<typeof customerDetail>;

function NotSet() {
  return <span className="text-slate-500 dark:text-slate-400">Not set</span>;
}

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

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

/**
 * Every documented field of GET /v1/customer/{customerNumber}, labelled for people. The documented
 * detail has no GUID (the list has): it is shown when either one supplied it.
 */
export function CustomerFields({ customer, guid }: { customer: Customer; guid: string | null }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr] sm:gap-y-3">
      <Row label="Customer number">
        <span className="inline-flex items-center gap-2">
          <span className="font-mono">{customer.name}</span>
          <CopyButton text={customer.name} label="Copy number" />
        </span>
      </Row>
      <Row label="Organisation or person">{text(customer.description)}</Row>
      <Row label="Street">{text(customer.street)}</Row>
      <Row label="Street number">{text(customer.streetnumber)}</Row>
      <Row label="Zip code">{text(customer.zipcode)}</Row>
      <Row label="City">{text(customer.city)}</Row>
      <Row label="State">{text(customer.state)}</Row>
      <Row label="Country">
        {customer.country ? (
          `${countryName(customer.country) ?? 'Unknown country'} (${customer.country})`
        ) : (
          <NotSet />
        )}
      </Row>
      <Row label="Telephone">{phone(customer.telephonenumber)}</Row>
      <Row label="Mobile">{phone(customer.mobile)}</Row>
      <Row label="VAT id">{text(customer.vatid)}</Row>
      {guid && (
        <Row label="GUID">
          <span className="inline-flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs break-all">{guid}</span>
            <CopyButton text={guid} label="Copy GUID" />
          </span>
        </Row>
      )}
      <Row label="Created">{customer.created ? <ApiDateTime value={customer.created} /> : <NotSet />}</Row>
      <Row label="Modified">{customer.modified ? <ApiDateTime value={customer.modified} /> : <NotSet />}</Row>
    </dl>
  );
}
