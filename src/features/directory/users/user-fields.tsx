import { describeDn } from '@/api/domain/distinguished-name';
import { CopyableText, DateRow, DetailList, DetailRow } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { i18n, useMessages } from '@/i18n';
import { ouPathLabel } from '../groups/members';
import type { UserDetail } from '../types';

const messages = i18n('directory/user-fields', {
  firstname: 'First name',
  lastname: 'Last name',
  displayName: 'Display name',
  userId: 'User id',
  username: 'Username',
  upn: 'UPN (sign-in name)',
  copyUpn: 'Copy UPN',
  dn: 'Distinguished name',
  copyDn: 'Copy DN',
  ou: 'Organisational unit',
  created: 'Created',
  modified: 'Modified',
});

/** Every field of a user, labelled for people; the DN also as its readable OU path. */
export function UserFields({ user }: { user: UserDetail & { id: string } }) {
  const t = useMessages(messages);
  const ou = user.dn ? describeDn(user.dn) : null;
  return (
    <DetailList>
      <DetailRow label={t.firstname}>{user.firstname || <NotSet />}</DetailRow>
      <DetailRow label={t.lastname}>{user.lastname || <NotSet />}</DetailRow>
      <DetailRow label={t.displayName}>{user.name || <NotSet />}</DetailRow>
      <DetailRow label={t.userId}>
        <span className="font-mono">{user.id}</span>
      </DetailRow>
      <DetailRow label={t.username}>
        {user.username ? <span className="font-mono">{user.username}</span> : <NotSet />}
      </DetailRow>
      <DetailRow label={t.upn}>
        {user.upn ? <CopyableText text={user.upn} label={t.copyUpn} /> : <NotSet />}
      </DetailRow>
      <DetailRow label={t.dn}>
        {user.dn ? <CopyableText text={user.dn} label={t.copyDn} mono /> : <NotSet />}
      </DetailRow>
      <DetailRow label={t.ou}>{ou && ou.ouPath.length > 0 ? ouPathLabel(ou.ouPath) : <NotSet />}</DetailRow>
      <DateRow label={t.created} value={user.created} />
      <DateRow label={t.modified} value={user.modified} />
    </DetailList>
  );
}
