import { useNavigate } from '@tanstack/react-router';
import { PageHeader } from '@/features/ui/page-header';
import { CustomerPicker } from './customer-picker';
import { SECTION_PATHS } from './section-paths';
import { DIRECTORY_SECTIONS, type DirectorySection } from './sections';

/** `/directory`: users, groups and UPN suffixes belong to one customer, so pick it first. */
export function ChooseCustomerPage({ section }: { section: DirectorySection }) {
  const navigate = useNavigate();
  const label = DIRECTORY_SECTIONS.find((s) => s.id === section)?.label ?? 'Users';
  return (
    <>
      <PageHeader
        title="Users, groups and UPN suffixes"
        description="Active Directory objects belong to one customer: choose whose directory to open."
      />
      <div className="max-w-md">
        <CustomerPicker
          label={`Customer whose ${label.toLowerCase()} to open`}
          onSelect={(customerNumber) => navigate({ to: SECTION_PATHS[section], params: { customerNumber } })}
          value={null}
        />
      </div>
    </>
  );
}
