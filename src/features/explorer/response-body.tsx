import { useEffect, useMemo, useState } from 'react';
import { isBlob } from '@/api/catalogue/response-schemas';
import type { AnyEndpoint } from '@/api/endpoint';
import { formatBytes } from '@/features/ui/download';
import { LongText } from '@/features/ui/long-text';
import { i18n, params, useMessages } from '@/i18n';

const messages = i18n('explorer/response-body', {
  pdf: params<{ size: string }>('A PDF document ({size}).'),
  download: params<{ filename: string }>('Download {filename}'),
  empty: 'Empty body.',
  imageAlt: params<{ url: string }>('What the response points to: {url}'),
  label: 'Response body',
});

const IMAGE_URL = /^https?:\/\/\S+\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]\S*)?$/i;

/** A bare string is previewed when it is an http(s) URL to an image, or the endpoint documents one. */
export function isImageUrl(value: unknown, endpoint: AnyEndpoint): value is string {
  if (typeof value !== 'string') return false;
  return IMAGE_URL.test(value) || (/^https?:\/\/\S+$/i.test(value) && /\bimage\b/i.test(endpoint.summary));
}

/** `abuse-report-192.0.2.0_24.pdf`: the resource, made safe for a file name. */
export function pdfFilename(params: Record<string, unknown>): string {
  const resource = String(params.resource ?? 'resource').replace(/[^\w.-]+/g, '_');
  return `abuse-report-${resource}.pdf`;
}

function PdfDownload({ blob, filename }: { blob: Blob; filename: string }) {
  const t = useMessages(messages);
  const [url, setUrl] = useState<string | null>(null);
  // One object URL per document, revoked when the answer is replaced or the page left.
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return (
    <p className="text-sm text-slate-800 dark:text-slate-200">
      {t.pdf({ size: formatBytes(blob.size) })}{' '}
      {url && (
        <a
          href={url}
          download={filename}
          className="font-medium text-teal-800 underline hover:no-underline dark:text-teal-300"
        >
          {t.download({ filename })}
        </a>
      )}
    </p>
  );
}

/** A response body: a PDF as a download, an image URL previewed, anything else as text. */
export function ResponseBody({
  endpoint,
  data,
  wireBody,
  params,
  asText = false,
}: {
  endpoint: AnyEndpoint;
  /** The parsed result (a Blob for a PDF); undefined for an error. */
  data: unknown;
  /** The body as it arrived (JSON value, or the start of a non-JSON text). */
  wireBody: unknown;
  params: Record<string, unknown>;
  /** A string body that is raw text (an error page), not a JSON string. */
  asText?: boolean;
}) {
  const t = useMessages(messages);
  const text = useMemo(
    () => (asText && typeof wireBody === 'string' ? wireBody : JSON.stringify(wireBody, null, 2)),
    [wireBody, asText],
  );
  if (isBlob(data)) return <PdfDownload blob={data} filename={pdfFilename(params)} />;
  if (wireBody === null || wireBody === undefined) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{t.empty}</p>;
  }
  return (
    <div className="space-y-3">
      {isImageUrl(data, endpoint) && (
        <figure className="space-y-1">
          <img
            src={data}
            alt={t.imageAlt({ url: data })}
            loading="lazy"
            referrerPolicy="no-referrer"
            className="max-h-80 max-w-full rounded-md border border-slate-200 dark:border-slate-700"
          />
          <figcaption className="break-all text-xs text-slate-600 dark:text-slate-400">{data}</figcaption>
        </figure>
      )}
      <LongText
        text={text}
        label={t.label}
        filename={`${endpoint.id}-response.${asText ? 'txt' : 'json'}`}
        type={asText ? 'text/plain' : 'application/json'}
      />
    </div>
  );
}
