import { SectionNav } from '@/features/ui/section-nav';

export const TOOLS_CRUMB = { label: 'Tools', to: '/tools/ssh' } as const;

const SECTIONS = [
  { to: '/tools/ssh', label: 'SSH check' },
  { to: '/tools/movie', label: 'Movie lookup' },
] as const;

export const ToolsSectionNav = () => <SectionNav label="Tools" sections={SECTIONS} />;
