import { useNavItem } from '@/features/shell/nav-items';
import { SectionNav } from '@/features/ui/section-nav';

/** The area's crumb, in the current language. */
export function useToolsCrumb() {
  const area = useNavItem('tools');
  return { label: area.label, to: '/tools/ssh' } as const;
}

/** The tools' pages (declared in `shell/nav-items.ts`, which the palette reads too), as a row of links. */
export function ToolsSectionNav() {
  const area = useNavItem('tools');
  return <SectionNav label={area.label} sections={area.sections} />;
}
