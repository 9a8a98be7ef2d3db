import { describeDn } from '@/api/domain/distinguished-name';
import { CopyableText, DateRow, DetailList, DetailRow } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ouPathLabel } from '../groups/members';
import type { UserDetail } from '../types';

/** Every field of a user, labelled for people; the DN also as its readable OU path. */
export function UserFields({ user }: { user: UserDetail & { id: string } }) {
  const ou = user.dn ? describeDn(user.dn) : null;
  return (
    <DetailList>
      <DetailRow label="First name">{user.firstname || <NotSet />}</DetailRow>
      <DetailRow label="Last name">{user.lastname || <NotSet />}</DetailRow>
      <DetailRow label="Display name">{user.name || <NotSet />}</DetailRow>
      <DetailRow label="User id">
        <span className="font-mono">{user.id}</span>
      </DetailRow>
      <DetailRow label="Username">
        {user.username ? <span className="font-mono">{user.username}</span> : <NotSet />}
      </DetailRow>
      <DetailRow label="UPN (sign-in name)">
        {user.upn ? <CopyableText text={user.upn} label="Copy UPN" /> : <NotSet />}
      </DetailRow>
      <DetailRow label="Distinguished name">
        {user.dn ? <CopyableText text={user.dn} label="Copy DN" mono /> : <NotSet />}
      </DetailRow>
      <DetailRow label="Organisational unit">
        {ou && ou.ouPath.length > 0 ? ouPathLabel(ou.ouPath) : <NotSet />}
      </DetailRow>
      <DateRow label="Created" value={user.created} />
      <DateRow label="Modified" value={user.modified} />
    </DetailList>
  );
}
