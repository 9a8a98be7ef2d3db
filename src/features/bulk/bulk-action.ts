import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { EndpointRef } from '@/api/permissions';
import { formatNumber, nounFor } from '@/i18n';
import type { BulkWrite } from './bulk-write';

/** What a list declares for one bulk action; the confirm, pacing, progress and summary come with it. */
export interface BulkAction<T> {
  /** The toolbar button: "Delete", "Reset passwords". */
  label: string;
  /** The dialog's title for `count` items: "Delete 3 users?". */
  title: (count: number) => string;
  /** What the confirm button says. */
  confirmLabel: string;
  /** Past tense for the summary: "deleted", "reset". */
  doneVerb: string;
  /** What one item and several are: `['user', 'users']`. */
  noun: readonly [one: string, many: string];
  /** The endpoint every item writes to, and the params the permission check asks about. */
  endpoint: EndpointRef;
  writeParams?: Readonly<Record<string, unknown>>;
  /** Names one item in the summary: "customer 10001". */
  itemLabel: (item: T) => string;
  /** One item's write: the area's own mutation options and variables (`bulkWrite`). */
  write: (item: T) => BulkWrite;
  /** Invalidated once when the run ends, together with what the writes' own onSuccess asked for. */
  listKey: QueryKey;
  /** What the confirm dialog says besides the cost, maybe about the items chosen. */
  warning?: ReactNode | ((items: readonly T[]) => ReactNode);
  /** Shown in the summary for the items that succeeded (e.g. new passwords, shown once). */
  results?: (done: readonly { item: T; variables: unknown; data: unknown }[]) => ReactNode;
}

/** "3 users": a number of an action's items, written the current language's way. */
export const itemCount = (n: number, noun: readonly [one: string, many: string]) =>
  `${formatNumber(n)} ${nounFor(n, noun)}`;
