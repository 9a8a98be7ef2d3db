import { formatNumber, i18n, params, useMessages } from '@/i18n';
import type { MemberCandidate } from './members';
import { describeMember } from './members';

const messages = i18n('directory/member-diff-list', {
  user: 'user',
  group: 'group',
  other: 'object',
  added: params('Added ({count})'),
  removed: params('Removed ({count})'),
  none: 'None',
  addedList: 'Added members',
  removedList: 'Removed members',
});

/** The members a save adds and removes, by name and kind (the DNs are in the titles). */
export function MemberDiffList({
  added,
  removed,
  byKey,
}: {
  added: readonly string[];
  removed: readonly string[];
  byKey: ReadonlyMap<string, MemberCandidate>;
}) {
  const t = useMessages(messages);
  const item = (dn: string, sign: '+' | '−') => {
    const member = describeMember(dn, byKey);
    const kind = t[member.kind];
    return (
      <li key={dn} title={dn} className="break-words">
        <span aria-hidden="true" className="font-mono">
          {sign}{' '}
        </span>
        {member.name} <span className="text-slate-600 dark:text-slate-400">({kind})</span>
      </li>
    );
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div>
        <h3 className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">
          {t.added({ count: formatNumber(added.length) })}
        </h3>
        {added.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.none}</p>
        ) : (
          <ul
            aria-label={t.addedList}
            className="mt-1 space-y-0.5 text-sm text-emerald-900 dark:text-emerald-200"
          >
            {added.map((dn) => item(dn, '+'))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-red-800 dark:text-red-300">
          {t.removed({ count: formatNumber(removed.length) })}
        </h3>
        {removed.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t.none}</p>
        ) : (
          <ul aria-label={t.removedList} className="mt-1 space-y-0.5 text-sm text-red-900 dark:text-red-200">
            {removed.map((dn) => item(dn, '−'))}
          </ul>
        )}
      </div>
    </div>
  );
}
