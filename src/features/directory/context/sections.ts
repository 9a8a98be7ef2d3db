/** The directory's three pages of one customer, in tab order. */
export const DIRECTORY_SECTIONS = [
  { id: 'users', label: 'Users' },
  { id: 'groups', label: 'Groups' },
  { id: 'suffixes', label: 'UPN suffixes' },
] as const;

export type DirectorySection = (typeof DIRECTORY_SECTIONS)[number]['id'];

export const DIRECTORY_SECTION_IDS = DIRECTORY_SECTIONS.map((s) => s.id) as [
  DirectorySection,
  ...DirectorySection[],
];
