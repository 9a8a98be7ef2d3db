import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { internetMutations } from '@/api/queries/internet';
import { ApiForm } from '../forms/api-form';
import { useApiForm } from '../forms/use-api-form';
import { notify } from '../notifications/notify';
import { inputClass } from '../ui/class-names';
import { ExplorerLink } from '../ui/explorer-link';
import { Field } from '../ui/field';
import { PageHeader } from '../ui/page-header';
import { ExchangePicker } from './exchange-picker';
import { INTERNET_CRUMB, InternetSectionNav } from './section-nav';

const tunnel = endpoint('tunnel.createLayer2');
const DEFAULTS = { type: 'vxlan', endpoint: '', exchange: '' };
const TYPES = [
  ['vxlan', 'VXLAN', 'Ethernet over UDP (port 4789); passes most firewalls and NAT-free paths.'],
  ['gretap', 'GRETAP', 'Ethernet over GRE (IP protocol 47); lighter, needs GRE allowed end to end.'],
] as const;

/** POST /v1/internet/tunnel/layer2. */
export function TunnelPage() {
  const [created, setCreated] = useState<string | null>(null);
  const api = useApiForm({
    endpoint: tunnel,
    schema: tunnel.body,
    defaultValues: DEFAULTS,
    mutation: internetMutations.createLayer2Tunnel(),
    draftKey: 'tunnel.create',
    codeFields: { uniqueness_error: 'endpoint' },
    onSuccess: (_d, out) => {
      const text = `${out.type} tunnel from ${out.endpoint} to exchange ${out.exchange} created`;
      setCreated(text);
      notify({ kind: 'success', title: 'Tunnel created' });
      api.form.reset(DEFAULTS);
    },
  });
  const { register, formState } = api.form;
  return (
    <>
      <PageHeader
        title="Layer-2 tunnel to an exchange"
        description="Bring your router onto an exchange’s peering LAN over the internet."
        crumbs={[INTERNET_CRUMB]}
        explorer={<ExplorerLink endpoint={tunnel} />}
      />
      <InternetSectionNav />
      <div className="max-w-xl space-y-4">
        <p
          role="note"
          className="rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
        >
          The tunnel reaches the exchange’s <strong>peering LAN only</strong>, not the internet: you can peer
          with the exchange’s members, but there is no transit through it.
        </p>
        {created && (
          <p
            role="status"
            className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
          >
            {created}.
          </p>
        )}
        <ApiForm api={api} label="New layer-2 tunnel" submitLabel="Create tunnel">
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Encapsulation</legend>
            {TYPES.map(([value, label, hint]) => (
              <label
                key={value}
                className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200"
              >
                <input type="radio" value={value} {...register('type')} className="mt-1 accent-teal-700" />
                <span>
                  {label}
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{hint}</span>
                </span>
              </label>
            ))}
            {formState.errors.type && (
              <p className="text-sm text-red-700 dark:text-red-400">{formState.errors.type.message}</p>
            )}
          </fieldset>
          <Field label="Exchange" error={formState.errors.exchange?.message}>
            {(control) => <ExchangePicker control={control} {...register('exchange')} />}
          </Field>
          <Field
            label="Your endpoint"
            error={formState.errors.endpoint?.message}
            hint="The public IPv4 or IPv6 address of your router, reachable from the internet."
          >
            {(control) => (
              <input
                {...control}
                {...register('endpoint')}
                className={inputClass}
                autoComplete="off"
                spellCheck={false}
                placeholder="e.g. 185.221.60.17 or 2a00:1450::1"
              />
            )}
          </Field>
        </ApiForm>
      </div>
    </>
  );
}
