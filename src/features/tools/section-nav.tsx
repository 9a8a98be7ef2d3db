import { SectionNav } from '@/features/ui/section-nav';
import { i18n, useMessages } from '@/i18n';

const messages = i18n('tools/section-nav', {
  area: 'Tools',
  ssh: 'SSH check',
  movie: 'Movie lookup',
});

/** The area's crumb, in the current language. */
export function useToolsCrumb() {
  const t = useMessages(messages);
  return { label: t.area, to: '/tools/ssh' } as const;
}

export function ToolsSectionNav() {
  const t = useMessages(messages);
  return (
    <SectionNav
      label={t.area}
      sections={[
        { to: '/tools/ssh', label: t.ssh },
        { to: '/tools/movie', label: t.movie },
      ]}
    />
  );
}
