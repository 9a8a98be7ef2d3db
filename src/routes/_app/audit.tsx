import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { AUDIT_SHOW, AUDIT_SORT_KEYS, DEFAULT_AUDIT_SEARCH } from '@/features/audit/audit-list-search';
import { AuditPage } from '@/features/audit/audit-page';
import { enumWithDefault, searchParams, textWithDefault } from '../-search';

const DEFAULTS = { ...DEFAULT_AUDIT_SEARCH, show: 'all' as const };
const validateSearch = searchParams({
  q: textWithDefault(DEFAULTS.q),
  sort: enumWithDefault(AUDIT_SORT_KEYS, DEFAULTS.sort),
  dir: enumWithDefault(['asc', 'desc'], DEFAULTS.dir),
  show: enumWithDefault(AUDIT_SHOW, DEFAULTS.show),
});

export const Route = createFileRoute('/_app/audit')({
  validateSearch,
  search: { middlewares: [stripSearchParams<ReturnType<typeof validateSearch>>(DEFAULTS)] },
  head: () => ({ meta: [{ title: 'Audit · 4b42 Console' }] }),
  component: function AuditRoute() {
    const { show, ...search } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <AuditPage
        search={search}
        show={show}
        onSearchChange={(next) =>
          navigate({ search: (previous) => ({ ...previous, ...next }), replace: 'q' in next })
        }
        onShowChange={(next) =>
          navigate({ search: (previous) => ({ ...previous, show: next }), replace: true })
        }
      />
    );
  },
});
