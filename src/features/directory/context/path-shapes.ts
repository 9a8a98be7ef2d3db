import { redirect } from '@tanstack/react-router';

/**
 * The shapes of the two identifiers that share the API's `/v1/customer/user/{…}` path: a customer
 * number (`12345678`) lists a customer's users, a user id (`12345678_1234`) reads one user. Never
 * take one for the other. Plain regular expressions, because route guards run in the first load
 * (the zod schemas in api/domain/identifiers.ts say the same; identifiers.test.ts-style checks in
 * path-shapes.test.ts keep the two in step).
 */
const CUSTOMER_NUMBER = /^\d{8}$/;
const USER_ID = /^\d{8}_\d+$/;

export const isCustomerNumberShape = (value: string) => CUSTOMER_NUMBER.test(value);
export const isUserIdShape = (value: string) => USER_ID.test(value);

/** A user id starts with its customer's number. */
export const customerOfUserId = (userId: string) => userId.slice(0, 8);

export type UserIdCheck =
  | { kind: 'ok' }
  | { kind: 'other-customer'; customerNumber: string }
  | { kind: 'customer-number' }
  | { kind: 'invalid' };

/** What a `$userId` path segment under customer `customerNumber` is. */
export function checkUserId(value: string, customerNumber: string): UserIdCheck {
  if (isCustomerNumberShape(value)) return { kind: 'customer-number' };
  if (!isUserIdShape(value)) return { kind: 'invalid' };
  const owner = customerOfUserId(value);
  return owner === customerNumber ? { kind: 'ok' } : { kind: 'other-customer', customerNumber: owner };
}

type UserIdParams = { customerNumber: string; userId: string };

/** The pages under `$userId`; each one redirects to itself. */
type UserPagePath =
  | '/directory/$customerNumber/users/$userId'
  | '/directory/$customerNumber/users/$userId/edit';

/**
 * `beforeLoad` of a page under `$userId`: a user id names its customer, so one of another customer
 * shows the same page under that one. Light (no zod, no catalogue): route configs are in the first load.
 */
export const redirectToUsersCustomer =
  (to: UserPagePath) =>
  ({ params }: { params: UserIdParams }) => {
    const check = checkUserId(params.userId, params.customerNumber);
    if (check.kind === 'other-customer') {
      throw redirect({ to, params: { ...params, customerNumber: check.customerNumber } });
    }
  };
