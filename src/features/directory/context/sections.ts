import { i18n } from '@/i18n';

/** The directory's three pages of one customer, in tab order. */
export const DIRECTORY_SECTIONS = [{ id: 'users' }, { id: 'groups' }, { id: 'suffixes' }] as const;

export type DirectorySection = (typeof DIRECTORY_SECTIONS)[number]['id'];

export const DIRECTORY_SECTION_IDS = DIRECTORY_SECTIONS.map((s) => s.id) as [
  DirectorySection,
  ...DirectorySection[],
];

/** Each section's name, as the tabs show it. */
export const sectionMessages = i18n('directory/sections', {
  users: 'Users',
  groups: 'Groups',
  suffixes: 'UPN suffixes',
});
