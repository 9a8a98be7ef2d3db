import { useQuery } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { customerQueries } from '@/api/queries/customers';
import { SectionNav } from '@/features/ui/section-nav';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { CustomerPicker } from './customer-picker';
import { rememberDirectoryCustomer } from './last-customer';
import { SECTION_PATHS } from './section-paths';
import { DIRECTORY_SECTIONS, type DirectorySection } from './sections';

const TABS = DIRECTORY_SECTIONS.map((s) => ({ to: SECTION_PATHS[s.id], label: s.label }));

/** Which tab the current path belongs to (a user's page belongs to Users). */
function currentSection(pathname: string): DirectorySection {
  const segment = pathname.split('/')[3];
  return DIRECTORY_SECTIONS.find((s) => s.id === segment)?.id ?? 'users';
}

/**
 * One customer's directory: the customer context (fixed for a customer-scoped key), the three
 * tabs, and the page. The customer number is in the URL, so every page survives a reload.
 */
export function DirectoryLayout({ customerNumber }: { customerNumber: string }) {
  const { customerNumber: fixedCustomer } = useKeyCapabilities();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const section = currentSection(pathname);
  // "Users & groups" in the menu comes back here next time.
  useEffect(() => rememberDirectoryCustomer(customerNumber), [customerNumber]);

  return (
    <div className="space-y-4">
      <section
        aria-label="Customer context"
        className="rounded-lg border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900/60"
      >
        {fixedCustomer ? (
          <FixedCustomer customerNumber={customerNumber} />
        ) : (
          <div className="max-w-md">
            <CustomerPicker
              value={customerNumber}
              onSelect={(next) => navigate({ to: SECTION_PATHS[section], params: { customerNumber: next } })}
            />
          </div>
        )}
      </section>
      <SectionNav
        label="Directory sections"
        sections={TABS}
        params={{ customerNumber }}
        tabs={{ current: SECTION_PATHS[section] }}
      />
      <Outlet />
    </div>
  );
}

function FixedCustomer({ customerNumber }: { customerNumber: string }) {
  const customer = useQuery({ ...customerQueries.detail(customerNumber), meta: { silent: true } });
  return (
    <p className="text-sm text-slate-800 dark:text-slate-200">
      Customer <span className="font-mono font-semibold">{customerNumber}</span>
      {customer.data?.description && <> · {customer.data.description}</>}
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        This key reaches only this customer, so the directory shown is always its own.
      </span>
    </p>
  );
}
