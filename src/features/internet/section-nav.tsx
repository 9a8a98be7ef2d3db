import { useNavItem } from '@/features/shell/nav-items';
import { SectionNav } from '@/features/ui/section-nav';

/** The area's crumb, in the current language. */
export function useInternetCrumb() {
  const area = useNavItem('internet');
  return { label: area.label, to: '/internet/asns' } as const;
}

/** The crumb back to the AS numbers, for pages below them. */
export function useAsnsCrumb() {
  const asns = useNavItem('internet').sections[0];
  return { label: asns?.label ?? '', to: '/internet/asns' } as const;
}

/**
 * The internet area's pages (declared in `shell/nav-items.ts`, which the palette reads too), as a
 * row of links under each page's header.
 */
export function InternetSectionNav() {
  const area = useNavItem('internet');
  return <SectionNav label={area.label} sections={area.sections} />;
}
