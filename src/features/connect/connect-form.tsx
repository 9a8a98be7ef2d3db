import { useEffect, useId, useState } from 'react';
import {
  apiOrigin,
  type Connection,
  DEMO_BASE_URL,
  DEV_PROXY_BASE_URL,
  DOCUMENTED_BASE_URL,
  KEY_HEADER_STYLES,
  type KeyHeaderStyle,
} from '@/api/connection';
import { isApiError } from '@/api/is-api-error';
import { useRateLimitCountdown } from '@/features/rate-limit/use-rate-limit';
import { Button } from '@/features/ui/button';
import { cardClass, cx, inputClass } from '@/features/ui/class-names';
import { Field } from '@/features/ui/field';
import { i18n, params, useMessages } from '@/i18n';
import { DEMO_KEYS } from '@/mocks/demo-keys';
import { type ConnectFormValues, unencryptedHost } from './connect-schema';
import { keyHeaderLabel } from './key-header-label';
import { saveEndpoint } from './last-endpoint';
import { LazyErrorPanel, preloadErrorPanel } from './lazy-error-panel';
import {
  DEMO_AVAILABLE,
  demoConnection,
  ensureDemoApi,
  stopDemoApiIfRunning,
  unregisterDemoWorker,
} from './open-demo';
import { useConnectFields } from './use-connect-fields';
import type { KeyCheck, ScopeChoice } from './verify-key';

const HEADER_STYLES = Object.keys(KEY_HEADER_STYLES) as KeyHeaderStyle[];

const messages = i18n('connect/connect-form', {
  title: 'Connect to an API',
  baseUrl: 'Base URL',
  plainBefore: 'Not encrypted: with',
  plainAfter: params<{ host: string }>(
    'the API key travels in clear text to {host}, readable by anyone on the way.',
  ),
  cspBefore: 'This console’s security policy allows only',
  cspAfter: '(or this machine), so the browser will refuse to connect.',
  useBefore: 'Use',
  useAfter: 'unless this is a network you control.',
  documented: 'As documented:',
  trailing: ', with or without the trailing',
  cors: '. An API on another origin must allow this site (CORS) and expose its RateLimit headers.',
  proxyTitle: params<{ url: string }>(
    'Fills {url}: the dev server forwards it to API_PROXY_TARGET, same origin, no CORS',
  ),
  useProxy: 'Use the dev proxy',
  apiKey: 'API key',
  apiKeyHint: 'Sent only in the chosen header, never in a URL.',
  hideKey: 'Hide key',
  showKey: 'Show key',
  keyHeader: 'Key header',
  keyHeaderHint:
    'The two editions of the docs disagree on how the key travels; choose what your API expects.',
  whoFor: 'Who is this key for?',
  whoForHint:
    'A key reaches every customer (an operator’s) or one (a customer’s own portal). The API has no way to ask; the console finds out from the customer list, or you say it.',
  detect: 'Find out when connecting',
  operator: 'An operator: every customer',
  customer: 'One customer: my customer number is …',
  customerNumber: 'Customer number',
  customerNumberHint: '8 digits, e.g. 00000005.',
  remember: 'Remember on this device',
  rememberHint:
    'Off: the key lives only in this tab (sessionStorage) and is gone when the tab closes. On: it stays in this browser (localStorage) until you sign out. Use it only on a device you trust.',
  nothingSaved: 'Nothing was saved: correct the values above and connect again.',
  rateLimited: params<{ seconds: number }>('Rate limit reached: wait {seconds} s.'),
  checking: 'Checking the key…',
  connect: 'Connect',
  rejected: 'The API rejected this key (401)',
  notVerified: 'Could not verify the key',
  keyRejected: 'The API rejected this key: check it, and the key header your API expects.',
  noAnswer: 'No answer from this address: check the URL, and that the API allows this site (CORS).',
  notTheApi: 'Something answered at this address, but not the API: check the URL.',
});
type Texts = ReturnType<typeof messages.get>;

const SCOPE_OPTIONS = ['detect', 'operator', 'customer'] as const;

/** The simulated API's base URL typed by hand: connect to it as the demo, with what the key may do. */
function toScopeChoice(values: ConnectFormValues): ScopeChoice {
  if (values.scope === 'customer') return { kind: 'customer', customerNumber: values.customerNumber };
  return { kind: values.scope };
}

/** Whom the key reaches, as found or said: the connection keeps it, the route guards read it. */
function withScope(connection: Connection, check: KeyCheck): Connection {
  if (!check.scope) return connection;
  return {
    ...connection,
    scope: check.scope,
    capabilities: { ...connection.capabilities, customerNumber: check.scope.customerNumber },
  };
}

function toConnection(values: ConnectFormValues): Connection {
  const isDemo = DEMO_AVAILABLE && apiOrigin(values.baseUrl) === apiOrigin(DEMO_BASE_URL);
  const known = isDemo ? DEMO_KEYS.find((k) => k.key === values.apiKey) : undefined;
  const base = known ? demoConnection(known) : { kind: isDemo ? ('demo' as const) : ('remote' as const) };
  return {
    ...base,
    baseUrl: values.baseUrl,
    apiKey: values.apiKey,
    keyHeader: values.keyHeader,
    remember: values.remember,
  };
}

/**
 * Base URL, key, header style and where to keep the key. The key is tried with one call before it
 * is kept; on failure every typed value stays and the API's answer is shown.
 */
export function ConnectForm({
  onConnected,
}: {
  onConnected: (connection: Connection, check: KeyCheck) => Promise<void> | void;
}) {
  const t = useMessages(messages);
  const [showKey, setShowKey] = useState(false);
  // The failed check's error, with the values it was sent with (trimmed, as checked).
  const [failure, setFailure] = useState<{ error: unknown; sent: ConnectFormValues } | null>(null);
  const [undetermined, setUndetermined] = useState<string | null>(null);
  const countdown = useRateLimitCountdown();
  const rememberHintId = useId();
  const { values, errors, isSubmitting, setValue, setFocus, text, choice, checkbox, submit } =
    useConnectFields(async (values) => {
      setFailure(null);
      preloadErrorPanel();
      const candidate = toConnection(values);
      try {
        if (candidate.kind === 'demo') await ensureDemoApi();
        // The key check brings the data layer (catalogue, client, zod): not needed to paint the form.
        const { verifyKey } = await import('./verify-key');
        const check = await verifyKey(candidate, toScopeChoice(values));
        if (!check.scope) {
          // The API could not tell whom the key reaches: ask, keeping everything typed.
          setUndetermined(check.undetermined);
          setValue('scope', 'customer');
          return;
        }
        setUndetermined(null);
        // A real API from now on: the demo's interceptor must not answer, nor even see, its calls.
        if (candidate.kind === 'remote') {
          saveEndpoint(values);
          await stopDemoApiIfRunning();
          await unregisterDemoWorker();
        }
        await onConnected(withScope(candidate, check), check);
      } catch (error) {
        setFailure({ error, sent: values });
        const field = blamedField(error);
        if (field) setFocus(field.name);
      }
    });
  // The field the failure points at says so until its value changes.
  const blamed = failure && blamedField(failure.error);
  const answerError = (name: 'baseUrl' | 'apiKey') =>
    failure && blamed?.name === name && blamed.unchanged(failure.sent, values)
      ? blamed.message(t)
      : undefined;

  const plainHttpHost = unencryptedHost(values.baseUrl);
  const scope = values.scope;
  // Asked for the customer number: focus it once the field is on screen.
  useEffect(() => {
    if (undetermined) setFocus('customerNumber');
  }, [undetermined, setFocus]);

  return (
    <form
      onSubmit={submit}
      noValidate
      className={cx(cardClass, 'space-y-5 p-4 sm:p-6')}
      aria-labelledby="connect-form-title"
    >
      <h2 id="connect-form-title" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t.title}
      </h2>

      <Field
        label={t.baseUrl}
        error={errors.baseUrl ?? answerError('baseUrl')}
        warning={
          plainHttpHost && (
            <>
              {/* i18n-ignore: URL schemes, as typed */}
              {t.plainBefore} <code className="font-mono">http://</code>{' '}
              {t.plainAfter({ host: plainHttpHost })}{' '}
              {import.meta.env.PROD ? (
                // The built console's Content-Security-Policy allows plain http only to loopback.
                <>
                  {/* i18n-ignore: a URL scheme */}
                  {t.cspBefore} <code className="font-mono">https://</code> {t.cspAfter}
                </>
              ) : (
                <>
                  {/* i18n-ignore: a URL scheme */}
                  {t.useBefore} <code className="font-mono">https://</code> {t.useAfter}
                </>
              )}
            </>
          )
        }
        hint={
          <>
            {t.documented} <code className="font-mono">{DOCUMENTED_BASE_URL}</code>
            {t.trailing} <code className="font-mono">/v1</code>
            {t.cors}
          </>
        }
      >
        {(control) => (
          <div className="flex flex-wrap gap-2">
            <input
              {...control}
              {...text('baseUrl')}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              autoCapitalize="off"
              className={cx(inputClass, 'min-w-0 flex-1 basis-56 font-mono')}
            />
            {import.meta.env.DEV && (
              <Button
                size="sm"
                onClick={() => setValue('baseUrl', DEV_PROXY_BASE_URL)}
                title={t.proxyTitle({ url: DEV_PROXY_BASE_URL })}
              >
                {t.useProxy}
              </Button>
            )}
          </div>
        )}
      </Field>

      <Field label={t.apiKey} error={errors.apiKey ?? answerError('apiKey')} hint={t.apiKeyHint}>
        {(control) => (
          <div className="flex gap-2">
            <input
              {...control}
              {...text('apiKey')}
              type={showKey ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              className={cx(inputClass, 'min-w-0 flex-1 font-mono')}
            />
            <Button size="sm" onClick={() => setShowKey((shown) => !shown)} className="shrink-0">
              {showKey ? t.hideKey : t.showKey}
            </Button>
          </div>
        )}
      </Field>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t.keyHeader}</legend>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t.keyHeaderHint}</p>
        {HEADER_STYLES.map((style) => (
          <label key={style} className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input {...choice('keyHeader', style)} className="mt-0.5 h-4 w-4 shrink-0 accent-teal-700" />
            <span className="min-w-0 break-words font-mono text-xs leading-5 sm:text-sm">
              {keyHeaderLabel(style)}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t.whoFor}</legend>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t.whoForHint}</p>
        {undetermined && (
          <p
            role="status"
            className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
          >
            {undetermined}
          </p>
        )}
        {SCOPE_OPTIONS.map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
            <input {...choice('scope', value)} className="mt-0.5 h-4 w-4 shrink-0 accent-teal-700" />
            <span>{t[value]}</span>
          </label>
        ))}
        {scope === 'customer' && (
          <Field label={t.customerNumber} error={errors.customerNumber} hint={t.customerNumberHint}>
            {(control) => (
              <input
                {...control}
                {...text('customerNumber')}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                className={cx(inputClass, 'max-w-48 font-mono')}
              />
            )}
          </Field>
        )}
      </fieldset>

      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-200">
          <input
            {...checkbox('remember')}
            aria-describedby={rememberHintId}
            className="h-4 w-4 accent-teal-700"
          />
          {t.remember}
        </label>
        <p id={rememberHintId} className="text-xs text-slate-600 dark:text-slate-400">
          {t.rememberHint}
        </p>
      </div>

      {failure && (
        <LazyErrorPanel error={failure.error} title={failureTitle(t, failure.error)}>
          <p className="mt-2">{t.nothingSaved}</p>
        </LazyErrorPanel>
      )}

      <Button
        type="submit"
        variant="primary"
        pending={isSubmitting}
        disabledReason={countdown.blocked ? t.rateLimited({ seconds: countdown.secondsLeft }) : null}
      >
        {isSubmitting ? t.checking : t.connect}
      </Button>
    </form>
  );
}

interface BlamedField {
  name: 'baseUrl' | 'apiKey';
  message: (t: Texts) => string;
  /** Whether the values now are still those the API answered so. */
  unchanged: (sent: ConnectFormValues, now: ConnectFormValues) => boolean;
}

const sameUrl = (sent: ConnectFormValues, now: ConnectFormValues) => sent.baseUrl === now.baseUrl.trim();

/** The field a failed key check is most likely about: a 401 the key (or its header), no API the URL. */
function blamedField(error: unknown): BlamedField | null {
  if (!isApiError(error)) return null;
  if (error.kind === 'http' && error.status === 401)
    return {
      name: 'apiKey',
      message: (t) => t.keyRejected,
      unchanged: (sent, now) =>
        sent.apiKey === now.apiKey.trim() && sent.keyHeader === now.keyHeader && sameUrl(sent, now),
    };
  if (error.kind === 'network') return { name: 'baseUrl', message: (t) => t.noAnswer, unchanged: sameUrl };
  if (error.kind === 'not-json' || (error.kind === 'http' && error.status === 404))
    return { name: 'baseUrl', message: (t) => t.notTheApi, unchanged: sameUrl };
  return null;
}

function failureTitle(t: Texts, error: unknown): string {
  if (isApiError(error) && error.kind === 'http' && error.status === 401) return t.rejected;
  return t.notVerified;
}
