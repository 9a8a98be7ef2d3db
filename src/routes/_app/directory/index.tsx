import { createFileRoute, redirect } from '@tanstack/react-router';
import { scopedCustomerNumber } from '@/api/connection';
import { ChooseCustomerPage } from '@/features/directory/context/choose-customer-page';
import { SECTION_PATHS } from '@/features/directory/context/section-paths';
import { DIRECTORY_SECTION_IDS } from '@/features/directory/context/sections';
import { optionalEnum, optionalText, searchParams } from '@/routes/-search';

const searchSchema = searchParams({
  section: optionalEnum(DIRECTORY_SECTION_IDS),
  /** Set when an address held something else where a customer number belongs. */
  invalid: optionalText(),
});

export const Route = createFileRoute('/_app/directory/')({
  validateSearch: searchSchema,
  // A customer-scoped key has exactly one directory: go straight there.
  beforeLoad: ({ search }) => {
    const own = scopedCustomerNumber();
    if (own)
      throw redirect({ to: SECTION_PATHS[search.section ?? 'users'], params: { customerNumber: own } });
  },
  head: () => ({ meta: [{ title: 'Users, groups and UPN suffixes · 4b42 Console' }] }),
  component: function DirectoryIndexRoute() {
    const search = Route.useSearch();
    return <ChooseCustomerPage section={search.section ?? 'users'} invalidNumber={search.invalid} />;
  },
});
