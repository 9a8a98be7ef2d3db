import { SectionNav } from '@/features/ui/section-nav';

/** The internet area's pages, as a row of links under each page's header. */
export const INTERNET_SECTIONS = [
  { to: '/internet/asns', label: 'AS numbers' },
  { to: '/internet/exchanges', label: 'Exchanges' },
  { to: '/internet/ipv4', label: 'IPv4 ranges' },
  { to: '/internet/resources', label: 'Resources' },
  { to: '/internet/tunnel', label: 'Layer-2 tunnel' },
  { to: '/internet/abuse', label: 'Abuse' },
] as const;

export const INTERNET_CRUMB = { label: 'Internet resources', to: '/internet/asns' } as const;

export const InternetSectionNav = () => (
  <SectionNav label="Internet resources" sections={INTERNET_SECTIONS} />
);
