import { type RefObject, useId } from 'react';
import { areaName } from '@/api/area-names';
import type { ApiCallEvent } from '@/api/call-events';
import type { Area } from '@/api/endpoint';
import { inputClass } from '@/features/ui/class-names';
import { i18n, useMessages } from '@/i18n';
import {
  filterChoices,
  isFiltered,
  type LogFilters,
  NO_FILTERS,
  STATUS_CLASSES,
  type StatusClass,
  statusMessages,
} from './log-filter';

const messages = i18n('request-log/log-filter-bar', {
  legend: 'Filter calls',
  search: 'Search calls',
  searchPlaceholder: 'Path, code, message, body…',
  status: 'Status',
  area: 'Area',
  anyArea: 'Any area',
  endpoint: 'Endpoint',
  anyEndpoint: 'Any endpoint',
  code: 'Error code',
  anyCode: 'Any code',
  clear: 'Clear filters',
});

const labelClass = 'block text-xs font-medium text-slate-700 dark:text-slate-300';

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div className="min-w-0 space-y-0.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        {children}
      </select>
    </div>
  );
}

/** Status class, area, endpoint, error code and free text; menus offer only what the log holds. */
export function LogFilterBar({
  calls,
  filters,
  onChange,
  searchRef,
}: {
  calls: readonly ApiCallEvent[];
  filters: LogFilters;
  onChange: (filters: LogFilters) => void;
  /** The free-text box: controls that go away give the keyboard's place to it. */
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const t = useMessages(messages);
  const statusLabels = useMessages(statusMessages);
  const textId = useId();
  const choices = filterChoices(calls);
  const set = (patch: Partial<LogFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{t.legend}</legend>
      <div className="space-y-0.5">
        <label htmlFor={textId} className={labelClass}>
          {t.search}
        </label>
        <input
          ref={searchRef}
          id={textId}
          type="search"
          value={filters.text}
          onChange={(e) => set({ text: e.target.value })}
          placeholder={t.searchPlaceholder}
          className={inputClass}
        />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Select label={t.status} value={filters.status} onChange={(v) => set({ status: v as StatusClass })}>
          {STATUS_CLASSES.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </Select>
        <Select label={t.area} value={filters.area} onChange={(v) => set({ area: v as Area | '' })}>
          <option value="">{t.anyArea}</option>
          {choices.areas.map((area) => (
            <option key={area} value={area}>
              {areaName(area)}
            </option>
          ))}
        </Select>
        <Select label={t.endpoint} value={filters.endpoint} onChange={(v) => set({ endpoint: v })}>
          <option value="">{t.anyEndpoint}</option>
          {choices.endpoints.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </Select>
        <Select label={t.code} value={filters.code} onChange={(v) => set({ code: v })}>
          <option value="">{t.anyCode}</option>
          {choices.codes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </div>
      {isFiltered(filters) && (
        <button
          type="button"
          onClick={() => {
            // The button goes once nothing is filtered: the keyboard's place is the search box.
            searchRef.current?.focus();
            onChange(NO_FILTERS);
          }}
          className="text-xs font-medium text-teal-800 underline hover:no-underline dark:text-teal-300"
        >
          {t.clear}
        </button>
      )}
    </fieldset>
  );
}
