import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { cellLinkClass, cx } from '@/features/ui/class-names';

// No preload on hover: moving across a list must not spend the hourly request budget.

/** A link to a user's page, as every directory list and section writes it. */
export function UserLink({
  customerNumber,
  userId,
  className,
  children,
}: {
  customerNumber: string;
  userId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link
      to="/directory/$customerNumber/users/$userId"
      params={{ customerNumber, userId }}
      preload={false}
      className={cx(cellLinkClass, className)}
    >
      {children}
    </Link>
  );
}

/** A link to a group's page, named by the group unless told otherwise. */
export function GroupLink({
  customerNumber,
  name,
  className,
  children = name,
}: {
  customerNumber: string;
  name: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <Link
      to="/directory/$customerNumber/groups/$groupName"
      params={{ customerNumber, groupName: name }}
      preload={false}
      className={cx(cellLinkClass, className)}
    >
      {children}
    </Link>
  );
}
