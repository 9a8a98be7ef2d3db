import type { DirectorySection } from './sections';

/** Each tab's route, as the router knows it (typed links need the literal paths). */
export const SECTION_PATHS = {
  users: '/directory/$customerNumber/users',
  groups: '/directory/$customerNumber/groups',
  suffixes: '/directory/$customerNumber/suffixes',
} as const satisfies Record<DirectorySection, string>;
