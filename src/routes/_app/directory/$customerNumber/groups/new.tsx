import { createFileRoute } from '@tanstack/react-router';
import { GroupCreatePage } from '@/features/directory/groups/group-create-page';

export const Route = createFileRoute('/_app/directory/$customerNumber/groups/new')({
  component: function NewGroupRoute() {
    return <GroupCreatePage customerNumber={Route.useParams().customerNumber} />;
  },
});
