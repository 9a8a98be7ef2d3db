import { i18n } from '@/i18n';

// In the first load with the route files' heads: titles only, nothing else.
const messages = i18n('tools/route-titles', {
  ssh: 'SSH check',
  movie: 'Movie lookup',
});

/** A page's document title, read when the route's head is built (at each navigation). */
export function toolsPageTitle(page: 'ssh' | 'movie'): string {
  return `${messages.get()[page]} · 4b42 Console`;
}
