import { type ReactNode, type RefObject, useId } from 'react';
import { inputClass } from './class-names';

/** Finds a page's list search box (its `data-list-search` marker): the `/` shortcut focuses it. */
export const LIST_SEARCH_SELECTOR = 'input[data-list-search]';

/** A list's search box with its live count beside it. */
export function SearchBox({
  label,
  placeholder,
  value,
  onChange,
  status,
  beside,
  byStatus,
  inputRef,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  status: string;
  /** Controls next to the box (e.g. the column menu). */
  beside?: ReactNode;
  /** Controls next to the count (e.g. an export of what is counted). */
  byStatus?: ReactNode;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1 space-y-1 sm:max-w-md">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        <input
          ref={inputRef}
          id={id}
          type="search"
          className={inputClass}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          data-list-search=""
        />
      </div>
      {beside}
      <p role="status" className="pb-2 text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
      {byStatus}
    </div>
  );
}
