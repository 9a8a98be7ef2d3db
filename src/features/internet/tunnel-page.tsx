import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { endpoint } from '@/api/catalogue';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { notify } from '@/features/notifications/notify';
import { inputClass } from '@/features/ui/class-names';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { PageHeader } from '@/features/ui/page-header';
import { i18n, params, useMessages } from '@/i18n';
import { ExchangePicker } from './exchange-picker';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

const tunnel = endpoint('tunnel.createLayer2');
const DEFAULTS = { type: 'vxlan', endpoint: '', exchange: '' };
const messages = i18n('internet/tunnel-page', {
  vxlanHint: 'Ethernet over UDP (port 4789); passes most firewalls and NAT-free paths.',
  gretapHint: 'Ethernet over GRE (IP protocol 47); lighter, needs GRE allowed end to end.',
  created: params<{ type: string; endpoint: string; exchange: string }>(
    '{type} tunnel from {endpoint} to exchange {exchange} created.',
  ),
  createdToast: 'Tunnel created',
  title: 'Layer-2 tunnel to an exchange',
  description: 'Bring your router onto an exchange’s peering LAN over the internet.',
  noteBefore: 'The tunnel reaches the exchange’s',
  noteStrong: 'peering LAN only',
  noteAfter:
    ', not the internet: you can peer with the exchange’s members, but there is no transit through it.',
  formLabel: 'New layer-2 tunnel',
  submit: 'Create tunnel',
  encapsulation: 'Encapsulation',
  exchange: 'Exchange',
  endpoint: 'Your endpoint',
  endpointHint: 'The public IPv4 or IPv6 address of your router, reachable from the internet.',
  endpointPlaceholder: 'e.g. 185.221.60.17 or 2a00:1450::1',
});

// The protocols' own names; the hint is the message of that key.
const TYPES = [
  ['vxlan', 'VXLAN', 'vxlanHint'],
  ['gretap', 'GRETAP', 'gretapHint'],
] as const;

type Created = z.output<typeof tunnel.body>;

/**
 * POST /v1/internet/tunnel/layer2; `exchange` is the id a link chose, if any. `onCreated` lets the
 * route drop that starting value from the address once the form is empty again.
 */
export function TunnelPage({ exchange = '', onCreated }: { exchange?: string; onCreated?: () => void }) {
  const t = useMessages(messages);
  // An id only: anything else would be a choice the picker cannot show.
  const [defaults] = useState(() => (/^\d+$/.test(exchange) ? { ...DEFAULTS, exchange } : DEFAULTS));
  const crumb = useInternetCrumb();
  const [created, setCreated] = useState<Created | null>(null);
  // The picker's list (one request for both): the confirmation names the exchange chosen.
  const exchanges = useQuery(internetQueries.exchanges());
  const exchangeName = (id: number) => exchanges.data?.find((x) => x.id === id)?.name ?? String(id);
  const api = useApiForm({
    endpoint: tunnel,
    schema: tunnel.body,
    defaultValues: defaults,
    mutation: internetMutations.createLayer2Tunnel(),
    draftKey: 'tunnel.create',
    codeFields: { uniqueness_error: 'endpoint' },
    onSuccess: (_d, out) => {
      setCreated(out);
      notify({ kind: 'success', title: messages.get().createdToast });
      api.form.reset(DEFAULTS);
      onCreated?.();
    },
  });
  const { register, formState } = api.form;
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={<ExplorerLink endpoint={tunnel} />}
      />
      <InternetSectionNav />
      <div className="max-w-xl space-y-4">
        <p
          role="note"
          className="rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
        >
          {t.noteBefore} <strong>{t.noteStrong}</strong>
          {t.noteAfter}
        </p>
        {created && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
          >
            {t.created({
              type: TYPES.find(([value]) => value === created.type)?.[1] ?? created.type,
              endpoint: created.endpoint,
              exchange: exchangeName(created.exchange),
            })}
          </p>
        )}
        <ApiForm api={api} label={t.formLabel} submitLabel={t.submit}>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
              {t.encapsulation}
            </legend>
            {TYPES.map(([value, label, hint]) => (
              <label
                key={value}
                className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200"
              >
                <input type="radio" value={value} {...register('type')} className="mt-1 accent-teal-700" />
                <span>
                  {label}
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{t[hint]}</span>
                </span>
              </label>
            ))}
            {formState.errors.type && (
              <p className="text-sm text-red-700 dark:text-red-400">{formState.errors.type.message}</p>
            )}
          </fieldset>
          <Field label={t.exchange} error={formState.errors.exchange?.message}>
            {(control) => <ExchangePicker control={control} form={api.form.control} name="exchange" />}
          </Field>
          <Field label={t.endpoint} error={formState.errors.endpoint?.message} hint={t.endpointHint}>
            {(control) => (
              <input
                {...control}
                {...register('endpoint')}
                className={inputClass}
                autoComplete="off"
                spellCheck={false}
                placeholder={t.endpointPlaceholder}
              />
            )}
          </Field>
        </ApiForm>
      </div>
    </>
  );
}
