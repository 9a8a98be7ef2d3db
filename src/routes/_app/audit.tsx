import { createFileRoute } from '@tanstack/react-router';
import { AuditPage } from '@/features/audit/audit-page';

// The search and sort stay in the page, not the URL: the first load is at its budget, and an
// audit is read on this device rather than linked to.
export const Route = createFileRoute('/_app/audit')({
  component: AuditPage,
});
