import { LoadingState } from '@/features/ui/empty-state';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('directory/route-loading', {
  loadingUsers: 'Loading users…',
  loadingUser: 'Loading the user…',
  loadingGroups: 'Loading groups…',
  loadingGroup: 'Loading the group…',
  loadingSuffixes: 'Loading UPN suffixes…',
});

type Loading = 'loadingUsers' | 'loadingUser' | 'loadingGroups' | 'loadingGroup' | 'loadingSuffixes';

/** A directory route's pending state, said in the current language. */
export function DirectoryLoading({ what }: { what: Loading }) {
  const t = useMessages(messages);
  return <LoadingState label={t[what]} />;
}
