import type { z } from 'zod';
import type {
  groupDetail,
  groupSummary,
  suffixItem,
  userCreated,
  userDetail,
  userSummary,
} from '@/api/catalogue/directory';

/** The directory's objects as the catalogue's response schemas hand them over. */
export type UserSummary = z.output<typeof userSummary>;
export type UserDetail = z.output<typeof userDetail>;
export type GroupSummary = z.output<typeof groupSummary>;
export type GroupDetail = z.output<typeof groupDetail>;
export type SuffixItem = z.output<typeof suffixItem>;
export type UserCreated = z.output<typeof userCreated>;
