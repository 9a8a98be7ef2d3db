import { useId, useMemo, useState } from 'react';
import { searchEntries } from '@/features/lists/text-match';
import { inputClass } from '@/features/ui/class-names';
import { LoadingState } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import { count, formatNumber, i18n, params, useMessages } from '@/i18n';
import type { MemberCandidate } from './members';
import type { MemberCandidates } from './use-member-candidates';

const messages = i18n('directory/member-picker', {
  legend: 'Add or remove members',
  find: 'Find users and groups of this customer',
  placeholder: 'Name or username',
  failed: 'The users and groups to pick from could not be loaded',
  loading: 'Loading users and groups…',
  nothing: 'Nothing matches.',
  showing: params('Showing {shown} of {total}: type more to narrow it down.'),
  matches: count({ one: '{count} match.', other: '{count} matches.' }),
  user: 'User',
  group: 'Group',
});

/** Enough to pick from; with 10 000 users the search narrows it down. */
const MAX_SHOWN = 50;

/**
 * A checklist with search over this customer's users and groups: ticking adds the object's DN to
 * the planned members, unticking removes it.
 */
export function MemberPicker({
  candidates,
  selectedKeys,
  onToggle,
}: {
  candidates: MemberCandidates;
  selectedKeys: ReadonlySet<string>;
  onToggle: (candidate: MemberCandidate, selected: boolean) => void;
}) {
  const t = useMessages(messages);
  const [query, setQuery] = useState('');
  const id = useId();
  const matches = useMemo(
    () => searchEntries(candidates.all, query, (candidate) => candidate),
    [candidates.all, query],
  );
  const shown = matches.slice(0, MAX_SHOWN);

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold text-slate-900 dark:text-slate-50">{t.legend}</legend>
      <div className="space-y-1">
        <label htmlFor={`${id}-q`} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          {t.find}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className={inputClass}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t.placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-count`}
        />
      </div>
      {candidates.error ? (
        <ErrorPanel error={candidates.error} title={t.failed} />
      ) : candidates.loading ? (
        <LoadingState label={t.loading} />
      ) : (
        <>
          <p id={`${id}-count`} role="status" className="text-xs text-slate-600 dark:text-slate-400">
            {matches.length === 0
              ? t.nothing
              : matches.length > shown.length
                ? t.showing({ shown: formatNumber(shown.length), total: formatNumber(matches.length) })
                : t.matches(matches.length)}
          </p>
          <ul className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
            {shown.map((candidate) => {
              const checked = selectedKeys.has(candidate.key);
              return (
                <li key={candidate.key}>
                  <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-slate-50 dark:hover:bg-slate-800/60">
                    <input
                      type="checkbox"
                      className="h-4 w-4 rounded border-slate-400 text-teal-700"
                      checked={checked}
                      onChange={(event) => onToggle(candidate, event.target.checked)}
                    />
                    <span className="min-w-0 flex-1 text-slate-600 dark:text-slate-400">
                      <span className="font-medium text-slate-900 dark:text-slate-100">{candidate.name}</span>
                      {` · ${t[candidate.kind]}${candidate.detail ? ` ${candidate.detail}` : ''}`}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
