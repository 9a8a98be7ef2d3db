import type { ListSearch } from '@/features/lists/sort-order';

/** The audit's search, sort and outcome filter, as its route keeps them in the URL. Tiny: loaded up front. */
export const AUDIT_SORT_KEYS = ['time', 'target', 'outcome'] as const;
export type AuditSortKey = (typeof AUDIT_SORT_KEYS)[number];
export const DEFAULT_AUDIT_SEARCH: ListSearch<AuditSortKey> = { q: '', sort: 'time', dir: 'desc' };

/** Which outcomes the list shows: `failed` is refused or answer lost (anything not known done). */
export const AUDIT_SHOW = ['all', 'ok', 'failed'] as const;
export type AuditShow = (typeof AUDIT_SHOW)[number];
