import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import { areaName } from '@/api/area-names';
import { findEndpoint } from '@/api/catalogue';
import type { Area } from '@/api/endpoint';
import { findLoggedCall } from '@/api/request-log';
import { useUrlSyncedText } from '@/features/lists/use-url-synced-text';
import { Button } from '@/features/ui/button';
import { downloadBlob } from '@/features/ui/download';
import { EmptyState } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { EndpointList } from './endpoint-list';
import { EndpointPanel } from './endpoint-panel';

const messages = i18n('explorer/explorer-page', {
  title: 'API explorer',
  description: 'Every endpoint of both editions of the API documentation, callable with your key.',
  openApiTitle: "All 43 endpoints as an OpenAPI 3.1 document, generated from the console's catalogue",
  openApi: 'Download OpenAPI',
  onlyArea: ': only this area’s endpoints are shown.',
  showAll: 'Show all areas',
  callGone: 'That request-log entry is gone (the log lives in this tab only), so the form starts empty.',
  noEndpoint: params<{ id: string }>('No endpoint “{id}”'),
  choose: 'Choose an endpoint',
  pick: 'Pick one from the list to see what the docs say about it and to send a request.',
});

const noticeClass =
  'mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border px-3 py-2 text-sm ' +
  'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100';

/** The OpenAPI document, built on demand (the generator is only loaded for it). */
async function downloadOpenApi() {
  const { openApiDocument } = await import('@/api/openapi');
  const text = JSON.stringify(openApiDocument(), null, 2);
  downloadBlob(new Blob([text], { type: 'application/json' }), '4b42-openapi.json');
}

/**
 * Every documented endpoint, callable from a form generated from its schemas. The selection
 * lives in the URL (`?endpoint=`), so a reload or a shared link shows the same endpoint;
 * `?call=` starts the form from a request-log entry, `?params=` from a page's path params.
 */
export function ExplorerPage({
  area,
  endpointId,
  callId,
  params,
  query: urlQuery,
  onQueryChange,
}: {
  area?: Area;
  endpointId?: string;
  callId?: string;
  params?: Readonly<Record<string, string>>;
  /** The endpoint list's filter as in the URL (`?q=`), and how to put it there. */
  query: string;
  onQueryChange: (query: string) => void;
}) {
  const t = useMessages(messages);
  const navigate = useNavigate({ from: '/explorer' });
  const [picked, setPicked] = useState(false);
  const [query, setQuery] = useUrlSyncedText(urlQuery, onQueryChange);
  // Read once per id: the form starts from the entry, later log changes do not reset it.
  const call = useMemo(() => (callId ? findLoggedCall(callId) : undefined), [callId]);
  const selectedId = call?.endpointId ?? endpointId;
  const start = call ?? (params ? { params } : undefined);
  const selected = selectedId ? findEndpoint(selectedId) : undefined;

  const select = (id: string) => {
    setPicked(true);
    void navigate({ search: (prev) => ({ ...prev, endpoint: id, call: undefined, params: undefined }) });
  };
  const filter = useRef<HTMLInputElement>(null);
  const showAllAreas = () => {
    // The notice and its button go: the keyboard's place is the list's filter, now over every area.
    filter.current?.focus();
    void navigate({ search: (prev) => ({ ...prev, area: undefined }) });
  };

  return (
    <div className="min-w-0">
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <Button onClick={downloadOpenApi} title={t.openApiTitle}>
            {t.openApi}
          </Button>
        }
      />
      {area && (
        <div className={noticeClass}>
          <p>
            <span className="font-semibold">{areaName(area)}</span>
            {t.onlyArea}
          </p>
          <Button size="sm" onClick={showAllAreas}>
            {t.showAll}
          </Button>
        </div>
      )}
      {callId && !call && (
        <p role="status" className={noticeClass}>
          {t.callGone}
        </p>
      )}
      <div className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="min-w-0 lg:sticky lg:top-[calc(var(--sticky-top,0px)+1rem)] lg:self-start">
          <EndpointList
            area={area}
            selectedId={selected?.id}
            onSelect={select}
            filterRef={filter}
            query={query}
            onQueryChange={setQuery}
          />
        </div>
        {selected ? (
          <EndpointPanel
            key={`${selected.id}:${call?.id ?? JSON.stringify(params ?? {})}`}
            endpoint={selected}
            start={start}
            focusHeading={picked}
          />
        ) : (
          <EmptyState title={selectedId ? t.noEndpoint({ id: selectedId }) : t.choose}>{t.pick}</EmptyState>
        )}
      </div>
    </div>
  );
}
