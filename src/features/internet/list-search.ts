// Light (no zod, no catalogue): route files import these for their search params.
import type { ListSearch } from '@/features/lists/sort-order';

export const EXCHANGE_SORT_KEYS = ['name', 'asn', 'country'] as const;
export const DEFAULT_EXCHANGE_SEARCH: ListSearch<(typeof EXCHANGE_SORT_KEYS)[number]> = {
  q: '',
  sort: 'name',
  dir: 'asc',
};

export const ASN_SORT_KEYS = ['asn', 'name', 'org', 'country'] as const;
export const DEFAULT_ASN_SEARCH: ListSearch<(typeof ASN_SORT_KEYS)[number]> = {
  q: '',
  sort: 'asn',
  dir: 'asc',
};

export const IPV4_SORT_KEYS = ['network', 'size', 'country'] as const;
export const DEFAULT_IPV4_SEARCH: ListSearch<(typeof IPV4_SORT_KEYS)[number]> = {
  q: '',
  sort: 'network',
  dir: 'asc',
};
