import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { connectionStore, DOCUMENTED_BASE_URL } from '@/api/connection';
import type { AnyEndpoint } from '@/api/endpoint';
import { CopyButton } from '@/features/ui/copy-button';
import { curlCommand, endpointRequest } from '@/features/ui/curl-command';
import { ScrollPre } from '@/features/ui/scroll-pre';
import { i18n, useMessages } from '@/i18n';
import { checkboxClass } from './checkbox-class';
import type { RequestValidation } from './request-validation';
import type { FieldSpec } from './schema-fields';
import { withoutEmptyOptionals } from './schema-fields';

const messages = i18n('explorer/curl-preview', {
  title: 'As curl',
  reveal: 'Reveal key',
  copy: 'Copy as curl',
  notValid: 'Some fields are not valid yet: this shows the values as typed.',
  demo: 'The demo API runs inside this browser tab: a terminal cannot reach it.',
  command: 'curl command',
});

/** The request the form describes, as a curl command; the key stays `$API_KEY` unless revealed. */
export function CurlPreview({
  endpoint,
  bodyFields,
  validation,
}: {
  endpoint: AnyEndpoint;
  bodyFields: readonly FieldSpec[];
  validation: RequestValidation;
}) {
  const t = useMessages(messages);
  const connection = useSyncExternalStore(
    connectionStore.subscribe,
    connectionStore.get,
    connectionStore.get,
  );
  const [reveal, setReveal] = useState(false);
  const headingId = useId();
  const revealId = useId();
  const command = useMemo(() => {
    // Valid: exactly what the client sends (schema output). Invalid: the values as typed.
    const { params, body } = validation.parsed ?? {
      params: validation.input.params,
      body:
        validation.input.body &&
        typeof validation.input.body === 'object' &&
        !Array.isArray(validation.input.body)
          ? withoutEmptyOptionals(bodyFields, validation.input.body as Record<string, unknown>)
          : validation.input.body,
    };
    const request = endpointRequest(endpoint, connection?.baseUrl ?? DOCUMENTED_BASE_URL, params, body);
    return curlCommand(request, {
      style: connection?.keyHeader ?? 'bearer',
      ...(connection ? { apiKey: connection.apiKey } : {}),
      reveal,
    });
  }, [validation, bodyFields, endpoint, connection, reveal]);

  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900 dark:text-slate-50">
          {t.title}
        </h3>
        <div className="flex flex-wrap items-center gap-3">
          <div className="flex items-center gap-1.5">
            <input
              id={revealId}
              type="checkbox"
              checked={reveal}
              onChange={(e) => setReveal(e.target.checked)}
              className={checkboxClass}
            />
            <label htmlFor={revealId} className="text-sm text-slate-800 dark:text-slate-200">
              {t.reveal}
            </label>
          </div>
          <CopyButton text={command} label={t.copy} />
        </div>
      </div>
      {!validation.ok && <p className="text-xs text-slate-600 dark:text-slate-400">{t.notValid}</p>}
      {connection?.kind === 'demo' && <p className="text-xs text-slate-600 dark:text-slate-400">{t.demo}</p>}
      <ScrollPre label={t.command}>{command}</ScrollPre>
    </section>
  );
}
