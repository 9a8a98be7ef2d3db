import type { Crumb } from '@/features/ui/page-header';

type Section = 'users' | 'groups';

const SECTION_CRUMBS: Readonly<Record<Section, { label: string; to: string }>> = {
  users: { label: 'Users', to: '/directory/$customerNumber/users' },
  groups: { label: 'Groups', to: '/directory/$customerNumber/groups' },
};

/**
 * The trail above a directory page: the customer it belongs to, then the section a page inside
 * one lives in (a user's page is under Users), then any further steps (`extra`).
 */
export function directoryCrumbs(
  customerNumber: string,
  section?: Section,
  extra: readonly Crumb[] = [],
): Crumb[] {
  const params = { customerNumber };
  const trail: Crumb[] = [{ label: `Customer ${customerNumber}`, to: '/customers/$customerNumber', params }];
  if (section) trail.push({ ...SECTION_CRUMBS[section], params });
  return [...trail, ...extra];
}
