import { customerNumber } from '@/api/domain/identifiers';

/** Whether a route parameter has the documented 8-digit shape, before anything is requested. */
export function isCustomerNumber(value: string): boolean {
  return customerNumber.safeParse(value).success && value.trim() === value;
}
