import { Link, useNavigate } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import { endpoint } from '@/api/catalogue';
import { productZoneCreateBody, zoneCreateBody } from '@/api/catalogue/body-schemas';
import { domainNameIssue, toAsciiDomain } from '@/api/domain/domain-name';
import { dnsMutations, dnsReconcile } from '@/api/queries/dns';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { useListReturn } from '@/features/lists/list-return';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { PageHeader } from '@/features/ui/page-header';
import { backLinkClass } from '@/features/ui/route-states';
import { i18n, params, useMessages } from '@/i18n';
import { ZONE_CODE_FIELDS } from './dns-failures';
import { productLabel, useRecentProducts } from './recent-products';
import { ZoneSoaFields } from './zone-fields';
import { NEW_ZONE } from './zone-form-values';

const messages = i18n('dns/zone-create-page', {
  title: 'New DNS zone',
  products: 'DNS products',
  sentWith: 'Sent with',
  olderEdition: '(older edition of the docs), so the zone goes into DNS product',
  withoutProduct: 'Create it without a product instead',
  currentEdition:
    '(current edition of the docs). It names no product: the API puts the zone in one of the account’s DNS products, and a hostmaster is required.',
  chooseBefore: 'To choose the product, open it from',
  chooseLink: 'DNS products',
  chooseAfter: 'and create the zone there.',
  created: params<{ zone: string }>('Zone {zone} created'),
  formLabel: 'New DNS zone',
  submit: 'Create zone',
  cancel: 'Cancel',
  zone: 'Zone',
  nameLabel: 'Zone name',
  nameHint: 'A fully qualified domain name, e.g. example.ch or zürich.ch.',
  asciiHint: 'Sent in its ASCII form:',
  noun: 'the zone',
  open: 'Open the zone',
});

/**
 * Create a zone. Inside a DNS product the older edition's POST …/bind/{productid}/zone (#22) puts
 * it in that product; without one, the current edition's POST …/domain_name_system/zone (#21)
 * lets the API choose the product (and requires a hostmaster). The page says which is used.
 */
export function ZoneCreatePage({ productId }: { productId?: string }) {
  const t = useMessages(messages);
  const recent = useRecentProducts();
  const target = endpoint(productId ? 'zone.createForProduct' : 'zone.create');
  return (
    <>
      <PageHeader
        title={t.title}
        crumbs={[
          { label: t.products, to: '/dns' },
          ...(productId
            ? [{ label: productLabel(productId, recent), to: '/dns/$productId', params: { productId } }]
            : []),
        ]}
        explorer={
          <ExplorerLink endpoint={target} params={productId ? { productid: productId } : undefined} />
        }
      />
      <div
        role="note"
        className="mb-6 rounded-md bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950/50 dark:text-sky-100"
      >
        {productId ? (
          <p>
            {t.sentWith}{' '}
            <span className="font-mono break-all">
              {target.method} {target.path}
            </span>{' '}
            {t.olderEdition} <span className="font-mono">{productId}</span>.{' '}
            <Link to="/dns/new" className={backLinkClass}>
              {t.withoutProduct}
            </Link>
          </p>
        ) : (
          <p>
            {t.sentWith}{' '}
            <span className="font-mono break-all">
              {target.method} {target.path}
            </span>{' '}
            {t.currentEdition} {t.chooseBefore}{' '}
            <Link to="/dns" className={backLinkClass}>
              {t.chooseLink}
            </Link>{' '}
            {t.chooseAfter}
          </p>
        )}
      </div>
      <ZoneCreateForm key={productId ?? ''} productId={productId} />
    </>
  );
}

function ZoneCreateForm({ productId }: { productId?: string }) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const api = useApiForm({
    endpoint: endpoint(productId ? 'zone.createForProduct' : 'zone.create'),
    params: productId ? { productid: productId } : {},
    schema: productId ? productZoneCreateBody : zoneCreateBody,
    defaultValues: NEW_ZONE,
    mutation: productId ? dnsMutations.createForProduct(productId) : dnsMutations.create(),
    draftKey: `zone.create.${productId ?? 'current'}`,
    codeFields: ZONE_CODE_FIELDS,
    noun: t.noun,
    // Only inside a product can the zone be looked for: the current edition's POST picks one.
    reconcile: productId ? dnsReconcile.createForProduct(productId) : undefined,
    onSuccess: (_zone, sent) => {
      notify({ kind: 'success', title: messages.get().created({ zone: sent.name }) });
      if (productId) {
        void navigate({ to: '/dns/$productId/$zone', params: { productId, zone: sent.name } });
      } else {
        void navigate({ to: '/dns' });
      }
    },
  });
  const name = useWatch({ control: api.form.control, name: 'name' });
  const ascii = name && domainNameIssue(name) === null ? toAsciiDomain(name) : null;
  const { errors } = api.form.formState;

  return (
    <ApiForm
      api={api}
      label={t.formLabel}
      submitLabel={t.submit}
      openLabel={productId ? t.open : undefined}
      actions={
        productId ? (
          <Link {...up('/dns/$productId', { productId })} className={backLinkClass}>
            {t.cancel}
          </Link>
        ) : (
          <Link to="/dns" className={backLinkClass}>
            {t.cancel}
          </Link>
        )
      }
    >
      <fieldset className={`${cardClass} space-y-4 p-4 sm:p-6`}>
        <legend className="px-1 text-base font-semibold text-slate-900 dark:text-slate-50">{t.zone}</legend>
        <Field
          label={t.nameLabel}
          hint={
            ascii && ascii !== name.trim().toLowerCase() ? (
              <>
                {t.asciiHint} <span className="font-mono break-all">{ascii}</span>
              </>
            ) : (
              t.nameHint
            )
          }
          error={errors.name?.message}
        >
          {(control) => (
            <input
              {...control}
              {...api.form.register('name')}
              autoComplete="off"
              spellCheck={false}
              aria-required
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
      </fieldset>
      <ZoneSoaFields form={api.form} hostmasterOptional={Boolean(productId)} />
    </ApiForm>
  );
}
