import type { MemberCandidate } from './members';
import { describeMember } from './members';

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
  const item = (dn: string, sign: '+' | '−') => {
    const member = describeMember(dn, byKey);
    const kind = member.kind === 'user' ? 'user' : member.kind === 'group' ? 'group' : 'object';
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
          Added ({added.length})
        </h3>
        {added.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None</p>
        ) : (
          <ul
            aria-label="Added members"
            className="mt-1 space-y-0.5 text-sm text-emerald-900 dark:text-emerald-200"
          >
            {added.map((dn) => item(dn, '+'))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-red-800 dark:text-red-300">Removed ({removed.length})</h3>
        {removed.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None</p>
        ) : (
          <ul
            aria-label="Removed members"
            className="mt-1 space-y-0.5 text-sm text-red-900 dark:text-red-200"
          >
            {removed.map((dn) => item(dn, '−'))}
          </ul>
        )}
      </div>
    </div>
  );
}
