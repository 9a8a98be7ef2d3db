import { LoadingState } from '@/features/ui/empty-state';
import { i18n, params, useMessages } from '@/i18n';

// Routes render on import, so their words live here (the catalogue check loads features only).
const messages = i18n('directory/route-texts', {
  choose: 'Users, groups and UPN suffixes',
  users: params('Users of {customerNumber}'),
  newUser: params('New user of {customerNumber}'),
  user: params('User {userId}'),
  editUser: params('Edit user {userId}'),
  groups: params('Groups of {customerNumber}'),
  newGroup: params('New group of {customerNumber}'),
  group: params('Group {groupName}'),
  suffixes: params('UPN suffixes of {customerNumber}'),
  loadingUsers: 'Loading users…',
  loadingUser: 'Loading the user…',
  loadingGroups: 'Loading groups…',
  loadingGroup: 'Loading the group…',
  loadingSuffixes: 'Loading UPN suffixes…',
});

type Texts = ReturnType<typeof messages.get>;

/** A directory page's document title in the current language, for a route's `head()`. */
export function directoryTitle(pick: (t: Texts) => string): string {
  return `${pick(messages.get())} · 4b42 Console`;
}

type Loading = 'loadingUsers' | 'loadingUser' | 'loadingGroups' | 'loadingGroup' | 'loadingSuffixes';

/** A directory route's pending state, said in the current language. */
export function DirectoryLoading({ what }: { what: Loading }) {
  const t = useMessages(messages);
  return <LoadingState label={t[what]} />;
}
