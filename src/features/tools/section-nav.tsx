import { navItem } from '@/features/shell/nav-items';
import { SectionNav } from '@/features/ui/section-nav';
import { useLocale } from '@/i18n';

/** The area's pages and their names: declared once in the shell's nav items, which the palette reads too. */
function useToolsArea() {
  useLocale();
  return navItem('tools');
}

/** The area's crumb, in the current language. */
export function useToolsCrumb() {
  const area = useToolsArea();
  return { label: area.label, to: '/tools/ssh' } as const;
}

export function ToolsSectionNav() {
  const area = useToolsArea();
  return <SectionNav label={area.label} sections={area.sections} />;
}
