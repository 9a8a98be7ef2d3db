import { useQueries, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryQueries } from '@/api/queries/directory';
import { Button } from '@/features/ui/button';
import { DetailSection } from '@/features/ui/detail-list';
import { ErrorPanel } from '@/features/ui/error-panel';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { useFocusAfterWork } from '@/features/ui/use-swap-focus';
import { count, formatTime, i18n, params, useMessages } from '@/i18n';
import { type Membership, membershipsOf } from '../groups/members';
import { GroupLink } from './record-links';

const messages = i18n('directory/member-of-section', {
  title: 'Member of',
  description:
    'The API keeps memberships on the groups that hold them: finding them reads the customer’s groups, one request each.',
  lookUp: 'Look up groups',
  // Groups read lately cost nothing: "up to".
  lookUpCost: count({ one: 'Up to {count} request.', other: 'Up to {count} requests.' }),
  lookUpList: 'One request for the list of groups, then one per group.',
  reading: 'Reading the groups…',
  failed: 'The groups could not all be read',
  memberOf: count({ one: 'Member of one group:', other: 'Member of {count} groups:' }),
  alsoIn: 'Through them, also a member of:',
  via: params<{ group: string }>('(through {group})'),
  none: count({
    one: 'Not a member of the customer’s one group.',
    other: 'Not a member of any of the customer’s {count} groups.',
  }),
  noGroups: 'The customer has no groups.',
  noOtherGroups: 'The customer has no other groups.',
  readAgain: 'Read the groups again',
  readAt: params<{ time: string }>('Groups as read at {time}.'),
});

/**
 * The groups a user or a group is in, directly or through a group. Only a group's own read names
 * its members, so nothing is read until asked; groups read before (on their pages) cost nothing and
 * show at once. Failures show here, so the caches raise no toast for them (`silent`). Give it a
 * `key` per subject: a look-up asked for one user is not asked for the next.
 */
export function MemberOfSection({
  customerNumber,
  subjectKeys,
  group,
}: {
  customerNumber: string;
  /** The subject's member keys (`memberKey`): every DN a group may hold it by. */
  subjectKeys: ReadonlySet<string>;
  /** The subject's name when it is a group: not counted among the groups it could be in. */
  group?: string;
}) {
  const t = useMessages(messages);
  const [asked, setAsked] = useState(false);
  // A key refused the group list or a group's read (learned from a 403) cannot look them up.
  const listRefused = useWriteDisabledReason(endpoint('group.list'), { customerNumber });
  const readRefused = useWriteDisabledReason(endpoint('group.get'), { customerNumber });
  const refused = listRefused ?? readRefused;
  const list = useQuery({
    ...directoryQueries.groups(customerNumber),
    enabled: asked,
    meta: { silent: true },
  });
  const names = (list.data ?? []).map((g) => g.name);
  const others = names.filter((name) => name !== group).length;
  const groups = useQueries({
    queries: names.map((name) => ({
      ...directoryQueries.group(customerNumber, name),
      enabled: asked,
      meta: { silent: true },
    })),
  });
  const failure = list.error ?? groups.find((g) => g.error)?.error;
  const known = list.data !== undefined && groups.every((g) => g.data !== undefined);
  const memberships = known
    ? membershipsOf(
        subjectKeys,
        groups.flatMap((g) => (g.data ? [g.data] : [])),
        customerNumber,
      )
    : [];
  // A group in a cycle comes back to itself: it is not its own member.
  const found = memberships.filter((m) => m.name !== group);
  const direct = found.filter((m) => m.via === undefined);
  const indirect = found.filter((m) => m.via !== undefined);
  const groupLink = (m: Membership) => (
    <li key={m.name}>
      <GroupLink customerNumber={customerNumber} name={m.name} />
      {m.via !== undefined && (
        <span className="text-slate-600 dark:text-slate-400"> {t.via({ group: m.via })}</span>
      )}
    </li>
  );
  const reading = asked && (list.isFetching || groups.some((g) => g.isFetching));
  const button = useRef<HTMLButtonElement>(null);
  useFocusAfterWork(reading, button);
  const lookUp = () => {
    if (asked) {
      void list.refetch();
      for (const g of groups) void g.refetch();
    } else setAsked(true);
  };

  return (
    <DetailSection id="member-of" title={t.title} description={t.description}>
      <div className="space-y-3 text-sm">
        {known &&
          (others === 0 ? (
            <p>{group === undefined ? t.noGroups : t.noOtherGroups}</p>
          ) : direct.length === 0 ? (
            <p>{t.none(others)}</p>
          ) : (
            <>
              <p>{t.memberOf(direct.length)}</p>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">{direct.map(groupLink)}</ul>
              {indirect.length > 0 && (
                <>
                  <p>{t.alsoIn}</p>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">{indirect.map(groupLink)}</ul>
                </>
              )}
            </>
          ))}
        {failure && !reading && <ErrorPanel error={failure} title={t.failed} />}
        {/* One button, kept while the groups are read (pending keeps its focus); once they are
            known, "Read the groups again" takes its place and the keyboard's place with it. */}
        {known && !failure ? (
          <div className="flex flex-wrap items-center gap-3 text-slate-600 dark:text-slate-400">
            {/* Groups read on another page, or before a reload, may be a while old. */}
            <span role="status">
              {reading
                ? t.reading
                : t.readAt({
                    time: formatTime(Math.min(list.dataUpdatedAt, ...groups.map((g) => g.dataUpdatedAt))),
                  })}
            </span>
            <Button
              ref={button}
              size="sm"
              variant="ghost"
              onClick={lookUp}
              pending={reading}
              disabledReason={refused}
            >
              {t.readAgain}
            </Button>
          </div>
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <Button ref={button} onClick={lookUp} pending={reading} disabledReason={refused}>
              {t.lookUp}
            </Button>
            <span role="status" className="text-slate-600 dark:text-slate-400">
              {reading ? t.reading : list.data === undefined ? t.lookUpList : t.lookUpCost(names.length + 1)}
            </span>
          </div>
        )}
      </div>
    </DetailSection>
  );
}
