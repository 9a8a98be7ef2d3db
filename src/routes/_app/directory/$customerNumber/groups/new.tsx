import { createFileRoute } from '@tanstack/react-router';
import { GroupCreatePage } from '@/features/directory/groups/group-create-page';
import { directoryTitle } from '@/features/directory/shared/route-texts';

export const Route = createFileRoute('/_app/directory/$customerNumber/groups/new')({
  head: ({ params }) => ({ meta: [{ title: directoryTitle((t) => t.newGroup(params)) }] }),
  component: function NewGroupRoute() {
    return <GroupCreatePage customerNumber={Route.useParams().customerNumber} />;
  },
});
