import type { ReactNode } from 'react';
import type { ApiDate } from '@/api/catalogue/response-schemas';
import { ApiDateTime } from './api-date-time';
import { cardClass, cellLinkClass, cx } from './class-names';
import { CopyButton } from './copy-button';
import { NotSet } from './empty-state';
import { usePhoneGrouping } from './use-phone-grouping';

/**
 * A detail page's fields as a definition list: terms in a column beside their values, stacked on
 * narrow screens. `dense` keeps a long list's stacked term close to its value.
 */
export function DetailList({ dense, children }: { dense?: boolean; children: ReactNode }) {
  return (
    <dl
      className={cx(
        'grid grid-cols-1 gap-x-6 sm:grid-cols-[12rem_1fr]',
        dense ? 'gap-y-1 sm:gap-y-3' : 'gap-y-3',
      )}
    >
      {children}
    </dl>
  );
}

/** One term and its description; the `<div>` only groups them (`contents`: the grid sees both). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      {/* A value may be one long word (the API limits no lengths): it wraps rather than widen the page. */}
      <dd className="min-w-0 break-words text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

/** A date the API gave (created, modified), in local time. */
export function DateRow({ label, value }: { label: string; value: ApiDate | null | undefined }) {
  return <DetailRow label={label}>{value ? <ApiDateTime value={value} /> : <NotSet />}</DetailRow>;
}

/**
 * A phone number, grouped for reading when it reads as an international one (the API's own form
 * on hover), a `tel:` link so a phone dials it; "not set" when empty.
 */
export function PhoneNumber({ value }: { value: string | null | undefined }) {
  if (!value?.trim()) return <NotSet />;
  return <GroupedPhoneNumber value={value} />;
}

function GroupedPhoneNumber({ value }: { value: string }) {
  const grouped = usePhoneGrouping(value);
  return (
    <a
      href={`tel:${value.replace(/[^\d+]/g, '')}`}
      title={grouped && grouped !== value ? value : undefined}
      className={cellLinkClass}
    >
      {grouped ?? value}
    </a>
  );
}

/** A long value (a DN, a GUID) that wraps anywhere, with a button that copies it. */
export function CopyableText({ text, label, mono }: { text: string; label: string; mono?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={mono ? 'font-mono text-xs break-all' : 'break-all'}>{text}</span>
      <CopyButton text={text} label={label} />
    </span>
  );
}

/** A card whose heading names it: screen readers (and tests) find it as a region. */
export function DetailSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`${cardClass} p-4 sm:p-6`}>
      <h2
        id={id}
        className={cx(
          description ? 'mb-1' : 'mb-4',
          'text-lg font-semibold text-slate-900 dark:text-slate-50',
        )}
      >
        {title}
      </h2>
      {description && <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      {children}
    </section>
  );
}
