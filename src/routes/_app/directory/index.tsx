import { createFileRoute, redirect } from '@tanstack/react-router';
import { scopedCustomerNumber } from '@/api/connection';
import { ChooseCustomerPage } from '@/features/directory/context/choose-customer-page';
import { lastDirectoryCustomer } from '@/features/directory/context/last-customer';
import { SECTION_PATHS } from '@/features/directory/context/section-paths';
import { DIRECTORY_SECTION_IDS } from '@/features/directory/context/sections';
import { optionalEnum, searchRoute } from '@/routes/-search';

export const Route = createFileRoute('/_app/directory/')({
  ...searchRoute({ section: optionalEnum(DIRECTORY_SECTION_IDS) }),
  // A customer-scoped key has exactly one directory: go straight there.
  beforeLoad: ({ search }) => {
    // A customer-scoped key has one directory; otherwise the one open last in this tab.
    const target = scopedCustomerNumber() ?? lastDirectoryCustomer();
    if (target)
      throw redirect({ to: SECTION_PATHS[search.section ?? 'users'], params: { customerNumber: target } });
  },
  component: function DirectoryIndexRoute() {
    const search = Route.useSearch();
    return <ChooseCustomerPage section={search.section ?? 'users'} />;
  },
});
