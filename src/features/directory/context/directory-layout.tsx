import { useQuery } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { customerQueries } from '@/api/queries/customers';
import { SectionNav } from '@/features/ui/section-nav';
import { useKeyCapabilities } from '@/features/ui/use-key-capabilities';
import { i18n, useMessages } from '@/i18n';
import { CustomerPicker } from './customer-picker';
import { rememberDirectoryCustomer } from './last-customer';
import { SECTION_PATHS } from './section-paths';
import { DIRECTORY_SECTIONS, type DirectorySection, sectionMessages } from './sections';

const messages = i18n('directory/directory-layout', {
  context: 'Customer context',
  sections: 'Directory sections',
  customer: 'Customer',
  fixed: 'This key reaches only this customer, so the directory shown is always its own.',
});

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
  const t = useMessages(messages);
  const names = useMessages(sectionMessages);
  const tabs = DIRECTORY_SECTIONS.map((s) => ({ to: SECTION_PATHS[s.id], label: names[s.id] }));
  // "Users & groups" in the menu comes back here next time.
  useEffect(() => rememberDirectoryCustomer(customerNumber), [customerNumber]);

  return (
    <div className="space-y-4">
      <section
        aria-label={t.context}
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
        label={t.sections}
        sections={tabs}
        params={{ customerNumber }}
        tabs={{ current: SECTION_PATHS[section] }}
      />
      <Outlet />
    </div>
  );
}

function FixedCustomer({ customerNumber }: { customerNumber: string }) {
  const t = useMessages(messages);
  const customer = useQuery({ ...customerQueries.detail(customerNumber), meta: { silent: true } });
  return (
    <p className="text-sm text-slate-800 dark:text-slate-200">
      {t.customer} <span className="font-mono font-semibold">{customerNumber}</span>
      {customer.data?.description && <> · {customer.data.description}</>}
      <span className="block text-xs text-slate-600 dark:text-slate-400">{t.fixed}</span>
    </p>
  );
}
