import { useNavigate } from '@tanstack/react-router';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, useMessages } from '@/i18n';
import { CustomerPicker } from './customer-picker';
import { SECTION_PATHS } from './section-paths';
import type { DirectorySection } from './sections';

const messages = i18n('directory/choose-customer-page', {
  title: 'Users, groups and UPN suffixes',
  description: 'Active Directory objects belong to one customer: choose whose directory to open.',
  users: 'Customer whose users to open',
  groups: 'Customer whose groups to open',
  suffixes: 'Customer whose upn suffixes to open',
});

/** `/directory`: users, groups and UPN suffixes belong to one customer, so pick it first. */
export function ChooseCustomerPage({ section }: { section: DirectorySection }) {
  const navigate = useNavigate();
  const t = useMessages(messages);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="max-w-md">
        <CustomerPicker
          label={t[section]}
          onSelect={(customerNumber) => navigate({ to: SECTION_PATHS[section], params: { customerNumber } })}
          value={null}
        />
      </div>
    </>
  );
}
