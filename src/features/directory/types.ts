export type {
  GroupDetail,
  GroupSummary,
  SuffixItem,
  UserCreated,
  UserDetail,
  UserSummary,
} from '@/api/types';
