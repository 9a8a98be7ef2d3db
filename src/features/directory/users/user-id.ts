import {
  customerNumber as customerNumberSchema,
  userId as userIdSchema,
} from '../../../api/domain/identifiers';
import { customerOfUser } from '../../../api/queries/directory';

/**
 * A user id (`12345678_1234`) and a customer number (`12345678`) share the API's path shape
 * (`/v1/customer/user/{…}` lists a customer's users or reads one user): never take one for the other.
 */
export type UserIdCheck =
  | { kind: 'ok' }
  | { kind: 'other-customer'; customerNumber: string }
  | { kind: 'customer-number' }
  | { kind: 'invalid' };

export function checkUserId(value: string, customerNumber: string): UserIdCheck {
  if (value.trim() !== value) return { kind: 'invalid' };
  if (customerNumberSchema.safeParse(value).success) return { kind: 'customer-number' };
  if (!userIdSchema.safeParse(value).success) return { kind: 'invalid' };
  const owner = customerOfUser(value);
  return owner === customerNumber ? { kind: 'ok' } : { kind: 'other-customer', customerNumber: owner };
}
