import type { ReactNode } from 'react';
import { describeDn } from '../../../api/domain/distinguished-name';
import { ApiDateTime } from '../../ui/api-date-time';
import { CopyButton } from '../../ui/copy-button';
import { ouPathLabel } from '../groups/members';
import type { UserDetail } from '../types';

function NotSet() {
  return <span className="text-slate-500 dark:text-slate-400">Not set</span>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

function Copyable({ text, label, mono }: { text: string; label: string; mono?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={mono ? 'font-mono text-xs break-all' : 'break-all'}>{text}</span>
      <CopyButton text={text} label={label} />
    </span>
  );
}

/** Every field of a user, labelled for people; the DN also as its readable OU path. */
export function UserFields({ user }: { user: UserDetail & { id: string } }) {
  const ou = user.dn ? describeDn(user.dn) : null;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      <Row label="First name">{user.firstname || <NotSet />}</Row>
      <Row label="Last name">{user.lastname || <NotSet />}</Row>
      <Row label="Display name">{user.name || <NotSet />}</Row>
      <Row label="User id">
        <span className="font-mono">{user.id}</span>
      </Row>
      <Row label="Username">
        {user.username ? <span className="font-mono">{user.username}</span> : <NotSet />}
      </Row>
      <Row label="UPN (sign-in name)">
        {user.upn ? <Copyable text={user.upn} label="Copy UPN" /> : <NotSet />}
      </Row>
      <Row label="Distinguished name">
        {user.dn ? <Copyable text={user.dn} label="Copy DN" mono /> : <NotSet />}
      </Row>
      <Row label="Organisational unit">
        {ou && ou.ouPath.length > 0 ? ouPathLabel(ou.ouPath) : <NotSet />}
      </Row>
      <Row label="Created">{user.created ? <ApiDateTime value={user.created} /> : <NotSet />}</Row>
      <Row label="Modified">{user.modified ? <ApiDateTime value={user.modified} /> : <NotSet />}</Row>
    </dl>
  );
}
