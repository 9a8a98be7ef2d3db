import { useNavigate } from '@tanstack/react-router';
import { PageHeader } from '@/features/ui/page-header';
import { CustomerPicker } from './customer-picker';
import { SECTION_PATHS } from './section-paths';
import { DIRECTORY_SECTIONS, type DirectorySection } from './sections';

/** `/directory`: users, groups and UPN suffixes belong to one customer, so pick it first. */
export function ChooseCustomerPage({
  section,
  invalidNumber,
}: {
  section: DirectorySection;
  /** What was in the address instead of a customer number, when that brought the user here. */
  invalidNumber?: string | undefined;
}) {
  const navigate = useNavigate();
  const label = DIRECTORY_SECTIONS.find((s) => s.id === section)?.label ?? 'Users';
  return (
    <>
      <PageHeader
        title="Users, groups and UPN suffixes"
        description="Active Directory objects belong to one customer: choose whose directory to open."
      />
      {invalidNumber !== undefined && (
        <p
          role="alert"
          className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          “{invalidNumber}” is not a customer number: a customer number has 8 digits, e.g. 00000005.
        </p>
      )}
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
