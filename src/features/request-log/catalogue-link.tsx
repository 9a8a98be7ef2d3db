import { Link } from '@tanstack/react-router';
import type { ApiCallEvent } from '@/api/call-events';
import { isDocumentedCode } from '@/api/error-catalogue';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('request-log/catalogue-link', {
  undocumented: params<{ entry: string }>('{entry} is not documented: see the error codes'),
  about: params<{ entry: string }>('About {entry}'),
});

/** The catalogue entry a failed call belongs to: its code, else its status; none without an answer. */
export function catalogueEntryOf(call: ApiCallEvent): string | null {
  if (call.ok) return null;
  if (call.code) return call.code;
  return call.status === null ? null : String(call.status);
}

/** "About invalid_input" → the error codes page at that entry; undocumented codes say so. */
export function CatalogueLink({ call, onNavigate }: { call: ApiCallEvent; onNavigate: () => void }) {
  const t = useMessages(messages);
  const entry = catalogueEntryOf(call);
  if (!entry) return null;
  const undocumented = call.code !== null && !isDocumentedCode(call.code);
  return (
    <Link
      to="/errors"
      search={{ entry }}
      onClick={onNavigate}
      className="font-medium text-teal-800 underline hover:no-underline dark:text-teal-300"
    >
      {undocumented ? t.undocumented({ entry }) : t.about({ entry })}
    </Link>
  );
}
