import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { formatMoney } from '@/api/domain/money';
import { asNameWarning, ORG_ID_EXAMPLE } from '@/api/domain/ripe';
import { internetMutations, internetQueries, internetReconcile } from '@/api/queries/internet';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { useListReturn } from '@/features/lists/list-return';
import { notify } from '@/features/notifications/notify';
import { Button } from '@/features/ui/button';
import { inputClass } from '@/features/ui/class-names';
import { useCurrency } from '@/features/ui/currency-setting';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { LinkButton } from '@/features/ui/link-button';
import { Modal } from '@/features/ui/modal';
import { PageHeader } from '@/features/ui/page-header';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, intlLocale, params, useMessages } from '@/i18n';
import { CountrySelect } from './country-select';
import { orderRefusal } from './ordering';
import { useAsnsCrumb, useInternetCrumb } from './section-nav';

const create = endpoint('asn.create');
const DEFAULTS = { org: '', country: '', name: '', url: '' };
const AS_PRODUCT = 'asn_pi_32bit';

const messages = i18n('internet/asn-order-page', {
  ordered: params<{ name: string }>('AS number ordered for {name}'),
  orderedText: 'It appears in the list once registered.',
  unknown: 'unknown',
  title: 'Order an AS number',
  description: 'A provider-independent AS number, registered with RIPE for your organisation.',
  review: 'Review price and order',
  cancel: 'Cancel',
  orgIdHint: params<{ example: string }>('The organisation object in the RIPE Database, e.g. {example}'),
  country: 'Country',
  countryHint: 'Where the organisation is based (ISO 3166-1)',
  asName: 'AS name',
  asNameHint: 'RIPE’s as-name: starts with a letter; letters, digits, - and _; e.g. BERGWERK-AS',
  website: 'Website',
  websiteHint: 'Your official website, https://…',
  confirm: 'Confirm the order',
  chargesBefore: 'Ordering',
  chargesAfter: 'charges your balance now and every year:',
  now: 'Now (create)',
  yearly: 'Every year (renew)',
  pricesOf: params<{ product: string; currency: string }>(
    'Prices of {product} as the API lists them; the API names no currency, {currency} is this console’s setting.',
  ),
  noPrices: 'The prices could not be loaded: the API charges its current price.',
  back: 'Back',
  orderFor: params<{ price: string }>('Order for {price}'),
  noun: 'the AS number',
  showList: 'Show the AS numbers',
});

/** POST …/autonomous_system: RIPE data, then the price to confirm, then the order. */
export function AsnOrderPage() {
  const t = useMessages(messages);
  const crumbs = [useInternetCrumb(), useAsnsCrumb()];
  const navigate = useNavigate();
  const up = useListReturn();
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
    noun: t.noun,
    reconcile: internetReconcile.createAsn,
    onSuccess: (_data, out) => {
      const said = messages.get();
      notify({ kind: 'success', title: said.ordered({ name: out.name }), description: said.orderedText });
      void navigate(up('/internet/asns'));
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
  const money = (value: string | undefined) =>
    value ? (formatMoney(value, currency, intlLocale()) ?? value) : t.unknown;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={crumbs}
        explorer={<ExplorerLink endpoint={create} />}
      />
      <div className="max-w-xl">
        <ApiForm
          api={{ ...api, onSubmit: askFirst, writeOff: orderOff }}
          label={t.title}
          submitLabel={t.review}
          openLabel={t.showList}
          actions={<LinkButton {...up('/internet/asns')}>{t.cancel}</LinkButton>}
        >
          <Field
            label="RIPE ORG-ID" // i18n-ignore: RIPE's own term
            error={errors.org?.message}
            hint={t.orgIdHint({ example: ORG_ID_EXAMPLE })}
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
          <Field label={t.country} error={errors.country?.message} hint={t.countryHint}>
            {(control) => <CountrySelect {...control} {...register('country')} />}
          </Field>
          <Field
            label={t.asName}
            error={errors.name?.message}
            warning={asNameWarning(name) ?? undefined}
            hint={t.asNameHint}
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
          <Field label={t.website} optional error={errors.url?.message} hint={t.websiteHint}>
            {(control) => (
              <input {...control} {...register('url')} className={inputClass} type="url" inputMode="url" />
            )}
          </Field>
          {refusal && <WarningNote title={refusal.title}>{refusal.text}</WarningNote>}
        </ApiForm>
      </div>
      <Modal open={confirming} onClose={() => setConfirming(false)} title={t.confirm}>
        <div className="space-y-3 text-sm text-slate-800 dark:text-slate-200">
          <p>
            {t.chargesBefore} <strong>{name}</strong> {t.chargesAfter}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt>{t.now}</dt>
            <dd className="font-semibold tabular-nums">{money(price?.create)}</dd>
            <dt>{t.yearly}</dt>
            <dd className="font-semibold tabular-nums">{money(price?.renew)}</dd>
          </dl>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {price ? t.pricesOf({ product: AS_PRODUCT, currency }) : t.noPrices}
          </p>
          <div className="flex justify-end gap-2">
            {/* Opens on Back: a stray Enter does not order (and charge). */}
            <Button data-autofocus onClick={() => setConfirming(false)}>
              {t.back}
            </Button>
            <Button variant="primary" onClick={send}>
              {t.orderFor({ price: money(price?.create) })}
            </Button>
          </div>
        </div>
      </Modal>
    </>
  );
}
