import type { Crumb } from '@/features/ui/page-header';
import { i18n, params } from '@/i18n';

type Section = 'users' | 'groups';

// Read when the trail is built, during the page's render (the page re-renders on a language switch).
const messages = i18n('directory/directory-crumbs', {
  customer: params('Customer {customerNumber}'),
  users: 'Users',
  groups: 'Groups',
});

const SECTION_PATHS: Readonly<Record<Section, string>> = {
  users: '/directory/$customerNumber/users',
  groups: '/directory/$customerNumber/groups',
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
  const t = messages.get();
  const params = { customerNumber };
  const trail: Crumb[] = [
    { label: t.customer({ customerNumber }), to: '/customers/$customerNumber', params },
  ];
  if (section) trail.push({ label: t[section], to: SECTION_PATHS[section], params });
  return [...trail, ...extra];
}
