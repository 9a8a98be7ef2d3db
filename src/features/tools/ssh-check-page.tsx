import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { countryName } from '@/api/domain/countries';
import { fqdnOrIp } from '@/api/domain/domain-name';
import { isIPv4, isIPv6 } from '@/api/domain/ip';
import { nonPublicReason } from '@/api/domain/ip-reachability';
import { formatFingerprint } from '@/api/domain/ssh-fingerprint';
import { toolQueries } from '@/api/queries/tools';
import type { SshCheck } from '@/api/types';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { CopyButton } from '@/features/ui/copy-button';
import { DetailList, DetailRow } from '@/features/ui/detail-list';
import { LoadingState, NotSet } from '@/features/ui/empty-state';
import { ErrorPanel } from '@/features/ui/error-panel';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LookupForm, type LookupParse, useLookup } from '@/features/ui/lookup-form';
import { PageHeader } from '@/features/ui/page-header';
import { formatDateTime, i18n, params, useMessages } from '@/i18n';
import { checkHostKey, type HostKeyVerdict, trustHostKey } from './known-hosts';
import { ToolsSectionNav, useToolsCrumb } from './section-nav';

const messages = i18n('tools/ssh-check-page', {
  privateHost: params<{ reason: string }>(
    '{reason}: the check runs from 4b42’s network and will most likely not reach it.',
  ),
  enterHost: 'Enter a host name or an IP address',
  title: 'SSH check',
  description:
    'Connects to a host on port 22 from 4b42’s network: its network, whether SSH answered, and its host key.',
  submit: 'Check',
  host: 'Host',
  hint: 'A host name or an IPv4/IPv6 address',
  connecting: 'Connecting…',
  notRun: params<{ host: string }>('{host} has not been checked since this page opened: press Check.'),
  failed: 'The check failed',
  result: params<{ host: string }>('SSH check of {host}'),
  changedTitle: params<{ host: string }>('Warning: the host key of {host} has changed!'),
  changedText: params<{ host: string; since: string }>(
    'This device remembered a different fingerprint for {host} since {since}. The host may have been reinstalled — or someone may be intercepting the connection. Check with the host’s administrator before you connect.',
  ),
  remembered: 'Remembered',
  now: 'Now',
  trust: 'I have verified it: trust the new key',
  connected: 'Connected',
  answered: 'Yes: SSH answered',
  notAnswered: 'No: nothing answered SSH on port 22',
  address: 'Address',
  as: 'AS',
  isp: 'ISP',
  country: 'Country',
  fingerprint: 'Fingerprint',
  copyFingerprint: 'Copy fingerprint',
  firstUse: 'First check of this host on this device: the key is remembered now (trust on first use).',
  matches: params<{ since: string }>('Matches the key remembered on this device since {since}.'),
  trusted: 'The new key is remembered on this device now.',
  differs: 'Differs from the key remembered on this device (see the warning).',
  noKey: 'None (no SSH answer)',
});

interface Answer {
  host: string;
  result: SshCheck;
  verdict: HostKeyVerdict;
}

/** A private address is checked from 4b42's side: it will not be reached. A warning only. */
function hostWarning(host: string): string | undefined {
  const value = host.trim();
  if (!isIPv4(value) && !isIPv6(value)) return undefined;
  const reason = nonPublicReason(value);
  return reason ? messages.get().privateHost({ reason }) : undefined;
}

const parseHost: LookupParse = (typed) => {
  const parsed = fqdnOrIp.safeParse(typed);
  return parsed.success
    ? { value: parsed.data }
    : { error: parsed.error.issues[0]?.message ?? messages.get().enterHost };
};

/** GET /v1/tools/network/ssh/{host}, with fingerprints remembered per host on this device. */
export function SshCheckPage({
  host: initialHost,
  onHostChange,
}: {
  host: string;
  onHostChange: (host: string) => void;
}) {
  const t = useMessages(messages);
  const crumb = useToolsCrumb();
  const queryClient = useQueryClient();
  const check = useMutation({
    mutationFn: async (host: string): Promise<Answer> => {
      const result = await queryClient.fetchQuery(toolQueries.ssh(host));
      return { host, result, verdict: checkHostKey(host, result.fingerprint) };
    },
    meta: { form: true },
  });

  const lookup = useLookup(
    initialHost,
    parseHost,
    (host) => {
      // A new check clears the old answer first: nothing stale stays on screen.
      check.reset();
      onHostChange(host);
      check.mutate(host);
    },
    // The check runs on submit, not from the URL: the box keeps what was typed.
    { follow: false },
  );

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={
          <ExplorerLink
            endpoint={endpoint('ssh.check')}
            params={initialHost ? { host: initialHost } : undefined}
          />
        }
      />
      <ToolsSectionNav />
      <LookupForm
        {...lookup}
        formLabel={t.title}
        submitLabel={t.submit}
        pending={check.isPending}
        label={t.host}
        warning={lookup.error ? undefined : hostWarning(lookup.value)}
        hint={t.hint}
        input={{ spellCheck: false, autoComplete: 'off' }}
      />
      {check.isPending && <LoadingState label={t.connecting} />}
      {check.isError && <ErrorPanel error={check.error} title={t.failed} />}
      {check.data && <SshResult answer={check.data} />}
      {/* From a reload or a shared link: a check connects out, so it runs only when asked. */}
      {check.isIdle && initialHost && (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.notRun({ host: initialHost })}</p>
      )}
    </>
  );
}

function SshResult({ answer }: { answer: Answer }) {
  const t = useMessages(messages);
  const { host, result, verdict } = answer;
  const [trusted, setTrusted] = useState(false);
  const keyNote = useRef<HTMLSpanElement>(null);
  const fingerprint = result.fingerprint ? formatFingerprint(result.fingerprint) : null;
  const known =
    verdict.kind === 'changed' || verdict.kind === 'matches'
      ? formatFingerprint(verdict.known.fingerprint)
      : null;
  return (
    <section aria-label={t.result({ host })} className="max-w-2xl space-y-4">
      {verdict.kind === 'changed' && !trusted && (
        <div
          role="alert"
          className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-sm text-red-950 dark:border-red-500 dark:bg-red-950/70 dark:text-red-50"
        >
          <p className="text-base font-bold">{t.changedTitle({ host })}</p>
          <p className="mt-1">{t.changedText({ host, since: formatDateTime(verdict.known.since) })}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 font-mono text-xs break-all">
            <dt className="font-sans">{t.remembered}</dt>
            <dd>{known?.text}</dd>
            <dt className="font-sans">{t.now}</dt>
            <dd>{fingerprint?.text}</dd>
          </dl>
          <Button
            size="sm"
            className="mt-3"
            onClick={() => {
              trustHostKey(host, result.fingerprint ?? '');
              // The warning and this button go: focus moves to the note that will say it is done.
              keyNote.current?.focus();
              setTrusted(true);
            }}
          >
            {t.trust}
          </Button>
        </div>
      )}
      <div className={`${cardClass} p-4`}>
        <DetailList>
          <DetailRow label={t.connected}>{result.connection ? t.answered : t.notAnswered}</DetailRow>
          <DetailRow label={t.address}>{result.ip || <NotSet />}</DetailRow>
          {/* i18n-ignore: "AS64500" is how an AS number is written in every language */}
          <DetailRow label={t.as}>{result.as != null ? `AS${result.as}` : <NotSet />}</DetailRow>
          <DetailRow label={t.isp}>{result.isp || <NotSet />}</DetailRow>
          <DetailRow label={t.country}>
            {result.country ? (
              `${countryName(result.country) ?? result.country} (${result.country})`
            ) : (
              <NotSet />
            )}
          </DetailRow>
          <DetailRow label={t.fingerprint}>
            {fingerprint ? (
              <>
                <code className="break-all font-mono">{fingerprint.text}</code>
                {fingerprint.algorithm && (
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                    {fingerprint.algorithm}
                  </span>
                )}
                {/* To compare with the host's own `ssh-keygen -l` or paste into known_hosts notes. */}
                <CopyButton text={fingerprint.text} label={t.copyFingerprint} className="ml-2" />
                <span
                  ref={keyNote}
                  tabIndex={-1}
                  className="block text-xs text-slate-600 focus:outline-none dark:text-slate-400"
                >
                  {verdict.kind === 'first-use'
                    ? t.firstUse
                    : verdict.kind === 'matches'
                      ? t.matches({ since: formatDateTime(verdict.known.since) })
                      : trusted
                        ? t.trusted
                        : t.differs}
                </span>
              </>
            ) : (
              <NotSet>{t.noKey}</NotSet>
            )}
          </DetailRow>
        </DetailList>
      </div>
    </section>
  );
}
