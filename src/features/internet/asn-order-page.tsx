import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { formatMoney } from '@/api/domain/money';
import { asNameWarning, ORG_ID_EXAMPLE } from '@/api/domain/ripe';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import { ApiForm } from '../forms/api-form';
import { useApiForm } from '../forms/use-api-form';
import { notify } from '../notifications/notify';
import { Button } from '../ui/button';
import { inputClass } from '../ui/class-names';
import { useCurrency } from '../ui/currency-setting';
import { ExplorerLink } from '../ui/explorer-link';
import { Field } from '../ui/field';
import { LinkButton } from '../ui/link-button';
import { Modal } from '../ui/modal';
import { PageHeader } from '../ui/page-header';
import { WarningNote } from '../ui/warning-note';
import { CountrySelect } from './country-select';
import { orderRefusal } from './ordering';
import { INTERNET_CRUMB } from './section-nav';

const create = endpoint('asn.create');
const DEFAULTS = { org: '', country: '', name: '', url: '' };
const AS_PRODUCT = 'asn_pi_32bit';

/** POST …/autonomous_system: RIPE data, then the price to confirm, then the order. */
export function AsnOrderPage() {
  const navigate = useNavigate();
  const currency = useCurrency();
  const pricing = useQuery(internetQueries.pricing());
  const price = pricing.data?.find((p) => p.name === AS_PRODUCT);
  const [confirming, setConfirming] = useState(false);
  const api = useApiForm({
    endpoint: create,
    schema: create.body,
    defaultValues: DEFAULTS,
    mutation: internetMutations.createAsn(),
    draftKey: 'asn.order',
    onSuccess: (_data, out) => {
      notify({
        kind: 'success',
        title: `AS number ordered for ${out.name}`,
        description: 'It appears in the list once registered.',
      });
      void navigate({ to: '/internet/asns' });
    },
  });
  const orderOff = api.writeOff;
  const refusal = orderRefusal(api.unplacedError);
  const { register, formState } = api.form;
  const errors = formState.errors;
  const name = api.form.watch('name');

  // Submit checks the fields, then asks; only "Order" in the dialog sends.
  const askFirst = async (event?: FormEvent) => {
    event?.preventDefault();
    if (orderOff) return;
    // On failure, every field again: a blur validating one field can finish after the submit
    // and leave only its own error standing.
    await api.form.handleSubmit(
      () => setConfirming(true),
      () => void api.form.trigger(undefined, { shouldFocus: true }),
    )();
  };
  const send = () => {
    setConfirming(false);
    void api.onSubmit();
  };
  const money = (value: string | undefined) => (value ? (formatMoney(value, currency) ?? value) : 'unknown');

  return (
    <>
      <PageHeader
        title="Order an AS number"
        description="A provider-independent AS number, registered with RIPE for your organisation."
        crumbs={[INTERNET_CRUMB, { label: 'AS numbers', to: '/internet/asns' }]}
        explorer={<ExplorerLink endpoint={create} />}
      />
      <div className="max-w-xl">
        <ApiForm
          api={{ ...api, onSubmit: askFirst, writeOff: orderOff }}
          label="Order an AS number"
          submitLabel="Review price and order"
          actions={<LinkButton to="/internet/asns">Cancel</LinkButton>}
        >
          <Field
            label="RIPE ORG-ID"
            error={errors.org?.message}
            hint={`The organisation object in the RIPE Database, e.g. ${ORG_ID_EXAMPLE}`}
          >
            {(control) => (
              <input
                {...control}
                {...register('org')}
                className={inputClass}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field
            label="Country"
            error={errors.country?.message}
            hint="Where the organisation is based (ISO 3166-1)"
          >
            {(control) => <CountrySelect {...control} {...register('country')} />}
          </Field>
          <Field
            label="AS name"
            error={errors.name?.message}
            warning={asNameWarning(name) ?? undefined}
            hint="RIPE’s as-name: starts with a letter; letters, digits, - and _; e.g. BERGWERK-AS"
          >
            {(control) => (
              <input
                {...control}
                {...register('name')}
                className={inputClass}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
          <Field label="Website" optional error={errors.url?.message} hint="Your official website, https://…">
            {(control) => (
              <input {...control} {...register('url')} className={inputClass} type="url" inputMode="url" />
            )}
          </Field>
          {refusal && <WarningNote title={refusal.title}>{refusal.text}</WarningNote>}
        </ApiForm>
      </div>
      <Modal open={confirming} onClose={() => setConfirming(false)} title="Confirm the order">
        <div className="space-y-3 text-sm text-slate-800 dark:text-slate-200">
          <p>
            Ordering <strong>{name}</strong> charges your balance now and every year:
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>Now (create)</dt>
            <dd className="font-semibold tabular-nums">{money(price?.create)}</dd>
            <dt>Every year (renew)</dt>
            <dd className="font-semibold tabular-nums">{money(price?.renew)}</dd>
          </dl>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {price
              ? `Prices of ${AS_PRODUCT} as the API lists them; the API names no currency, ${currency} is this console’s setting.`
              : 'The prices could not be loaded: the API charges its current price.'}
          </p>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setConfirming(false)}>Back</Button>
            <Button variant="primary" onClick={send}>
              Order for {money(price?.create)}
            </Button>
          </div>
        </div>
      </Modal>
    </>
  );
}
