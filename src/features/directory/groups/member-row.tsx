import type { ReactNode } from 'react';
import { cx } from '@/features/ui/class-names';
import { i18n, useMessages } from '@/i18n';
import { GroupLink, UserLink } from '../shared/record-links';
import { type MemberView, ouPathLabel } from './members';

const messages = i18n('directory/member-row', {
  user: 'User',
  group: 'Group',
  other: 'Other object',
  noOu: 'Not in an OU of a customer',
});
const KIND_STYLES = {
  user: 'bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100',
  group: 'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  other: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200',
} as const;

/** One member, readable: its name (a link when it is one of this customer's), kind and OU path. */
export function MemberRow({
  member,
  customerNumber,
  badge,
  action,
}: {
  member: MemberView;
  customerNumber: string;
  badge?: ReactNode;
  action?: ReactNode;
}) {
  const t = useMessages(messages);
  const { candidate } = member;
  const name =
    candidate?.kind === 'user' && candidate.userId ? (
      <UserLink customerNumber={customerNumber} userId={candidate.userId} className="font-medium">
        {member.name}
      </UserLink>
    ) : candidate?.kind === 'group' ? (
      <GroupLink customerNumber={customerNumber} name={candidate.name} className="font-medium">
        {member.name}
      </GroupLink>
    ) : (
      <span className="font-medium text-slate-900 dark:text-slate-100">{member.name}</span>
    );
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          {name}
          <span className={cx('rounded px-1.5 py-0.5 text-xs font-medium', KIND_STYLES[member.kind])}>
            {t[member.kind]}
          </span>
          {candidate?.detail && (
            <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{candidate.detail}</span>
          )}
          {badge}
        </div>
        <div className="text-xs text-slate-600 dark:text-slate-400">
          {member.ouPath.length > 0 ? ouPathLabel(member.ouPath) : t.noOu}
        </div>
        <div className="truncate font-mono text-xs text-slate-500 dark:text-slate-400" title={member.dn}>
          {member.dn}
        </div>
      </div>
      {action}
    </li>
  );
}
