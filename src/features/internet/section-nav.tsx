import { navItem } from '@/features/shell/nav-items';
import { SectionNav } from '@/features/ui/section-nav';
import { useLocale } from '@/i18n';

/** The area's pages and their names: declared once in the shell's nav items, which the palette reads too. */
function useInternetArea() {
  useLocale();
  return navItem('internet');
}

/** The area's crumb, in the current language. */
export function useInternetCrumb() {
  const area = useInternetArea();
  return { label: area.label, to: '/internet/asns' } as const;
}

/** The crumb back to the AS numbers, for pages below them. */
export function useAsnsCrumb() {
  const asns = useInternetArea().sections[0];
  return { label: asns?.label ?? '', to: '/internet/asns' } as const;
}

/** The internet area's pages, as a row of links under each page's header. */
export function InternetSectionNav() {
  const area = useInternetArea();
  return <SectionNav label={area.label} sections={area.sections} />;
}
