import type { ListSearch } from '@/features/lists/sort-order';

/** The audit's search and sort (kept in the page: the audit is read here, not linked to). */
export type AuditSortKey = 'time' | 'target' | 'outcome';
export const DEFAULT_AUDIT_SEARCH: ListSearch<AuditSortKey> = { q: '', sort: 'time', dir: 'desc' };
