import type { AutonomousSystem } from '@/api/types';

/** How an AS number is named to the user: `AS64500`, or its record id when the API sends no number. */
export const asLabel = (a: AutonomousSystem) => (a.asn != null ? `AS${a.asn}` : `#${a.id ?? '?'}`);

/** The listed AS number a route's `id` names (ids come as strings or numbers: the shape is a guess). */
export const findAs = (list: readonly AutonomousSystem[], id: string) =>
  list.find((a) => a.id != null && String(a.id) === id);
