import { SectionNav } from '@/features/ui/section-nav';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('internet/section-nav', {
  area: 'Internet resources',
  asns: 'AS numbers',
  exchanges: 'Exchanges',
  ipv4: 'IPv4 ranges',
  resources: 'Resources',
  tunnel: 'Layer-2 tunnel',
  abuse: 'Abuse',
});

/** The internet area's pages: where each lives and which message names it. */
const INTERNET_SECTIONS = [
  { to: '/internet/asns', label: 'asns' },
  { to: '/internet/exchanges', label: 'exchanges' },
  { to: '/internet/ipv4', label: 'ipv4' },
  { to: '/internet/resources', label: 'resources' },
  { to: '/internet/tunnel', label: 'tunnel' },
  { to: '/internet/abuse', label: 'abuse' },
] as const;

/** The area's crumb, in the current language. */
export function useInternetCrumb() {
  const t = useMessages(messages);
  return { label: t.area, to: '/internet/asns' } as const;
}

/** The crumb back to the AS numbers, for pages below them. */
export function useAsnsCrumb() {
  const t = useMessages(messages);
  return { label: t.asns, to: '/internet/asns' } as const;
}

/** The internet area's pages, as a row of links under each page's header. */
export function InternetSectionNav() {
  const t = useMessages(messages);
  return (
    <SectionNav
      label={t.area}
      sections={INTERNET_SECTIONS.map((section) => ({ to: section.to, label: t[section.label] }))}
    />
  );
}
