import { Link, useNavigate } from '@tanstack/react-router';
import { type ComponentProps, type FormEvent, useId, useRef, useState, useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import { Button } from '@/features/ui/button';
import { cardClass, cx, fieldClass, inputClass } from '@/features/ui/class-names';
import { DetailSection } from '@/features/ui/detail-list';
import { Field } from '@/features/ui/field';
import { PageHeader } from '@/features/ui/page-header';
import { backLinkClass } from '@/features/ui/route-states';
import { useRowRemovalFocus } from '@/features/ui/use-row-removal-focus';
import { useSwapFocus } from '@/features/ui/use-swap-focus';
import { formatDateTime, i18n, params, useMessages } from '@/i18n';
import { DEMO_DNS_PRODUCTS } from '@/mocks/demo-keys';
import { type RecentProduct, recentProducts, useRecentProducts } from './recent-products';

const messages = i18n('dns/product-picker-page', {
  title: 'DNS zones',
  description: 'Zones live in a DNS product. The API has no list of products, so open one by its id.',
  createWithout: 'Create a zone without choosing a product',
  formLabel: 'Open a DNS product',
  idLabel: 'DNS product id',
  idHint: 'The product id from the order confirmation or the 4b42 portal.',
  idRequired: 'Enter the id of a DNS product, e.g. 500001',
  idSlash: 'A product id has no slashes',
  open: 'Open zones',
  recentTitle: 'Recently used with this connection',
  demoTitle: 'The demo’s DNS products',
  demoDescription: 'The simulated API holds these; a real account’s ids come from its order.',
  demoCustomer: params<{ customer: string }>('customer {customer}'),
  used: params<{ when: string }>('used {when}'),
  nameFor: params<{ id: string }>('Name for product {id}'),
  saveName: 'Save name',
  nameIt: 'Name it',
  nameItProduct: params<{ id: string }>('(product {id})'),
  forget: 'Forget',
  forgetProduct: params<{ id: string }>('product {id}'),
});

/**
 * The DNS area's start: no endpoint lists a customer's DNS products, so the user names one by id
 * (from the order confirmation or the 4b42 portal). Products used before with this connection come
 * first; the demo offers its seeded ones.
 */
export function ProductPickerPage() {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const recent = useRecentProducts();
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [productId, setProductId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const recentList = useRef<HTMLUListElement>(null);
  // The last one forgotten takes the section with it: the keyboard's place is the id field.
  const idField = useRef<HTMLInputElement>(null);
  const removes = useRowRemovalFocus(recentList, idField);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = productId.trim();
    if (!id) {
      setError(t.idRequired);
      return;
    }
    if (id.includes('/')) {
      setError(t.idSlash);
      return;
    }
    void navigate({ to: '/dns/$productId', params: { productId: id } });
  };

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <Link to="/dns/new" className={`${backLinkClass} text-sm`}>
            {t.createWithout}
          </Link>
        }
      />
      <div className="space-y-6">
        <form
          onSubmit={open}
          noValidate
          aria-label={t.formLabel}
          className={`${cardClass} space-y-3 p-4 sm:p-6`}
        >
          <Field label={t.idLabel} hint={t.idHint} error={error}>
            {(control) => (
              <input
                {...control}
                ref={idField}
                value={productId}
                onChange={(e) => {
                  setProductId(e.target.value);
                  setError(undefined);
                }}
                inputMode="numeric"
                autoComplete="off"
                className={`${inputClass} max-w-xs font-mono`}
              />
            )}
          </Field>
          <Button type="submit" variant="primary">
            {t.open}
          </Button>
        </form>

        {recent.length > 0 && (
          <DetailSection id="recent-products" title={t.recentTitle}>
            <ul ref={recentList} className="divide-y divide-slate-100 dark:divide-slate-800">
              {recent.map((product) => (
                <RecentProductRow
                  key={product.id}
                  product={product}
                  forget={removes(() => recentProducts.forget(product.id))}
                />
              ))}
            </ul>
          </DetailSection>
        )}

        {connection?.kind === 'demo' && (
          <DetailSection id="demo-products" title={t.demoTitle} description={t.demoDescription}>
            <ul className="flex flex-wrap gap-2">
              {DEMO_DNS_PRODUCTS.map((product) => (
                <li key={product.id}>
                  <Link
                    to="/dns/$productId"
                    params={{ productId: product.id }}
                    className="inline-flex rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    <span className="font-mono">{product.id}</span>
                    <span className="ml-2 text-slate-600 dark:text-slate-400">
                      {product.name} · {t.demoCustomer({ customer: product.customer })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </DetailSection>
        )}
      </div>
    </>
  );
}

function RecentProductRow({
  product,
  forget,
}: {
  product: RecentProduct;
  /** The Forget button's click (and its mark for `useRowRemovalFocus`). */
  forget: ComponentProps<'button'>;
}) {
  const t = useMessages(messages);
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(product.label ?? '');
  const inputId = useId();
  const form = useRef<HTMLFormElement>(null);
  const nameIt = useRef<HTMLButtonElement>(null);
  useSwapFocus(editing, form, nameIt);
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
      <Link to="/dns/$productId" params={{ productId: product.id }} className={backLinkClass}>
        <span className="font-mono">{product.id}</span>
        {/* A space, not only a margin: the link's name reads "500002 Zürich web". */}
        {product.label && (
          <>
            {' '}
            <span className="ml-1">{product.label}</span>
          </>
        )}
      </Link>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {t.used({ when: formatDateTime(product.usedAt) })}
      </span>
      {editing ? (
        <form
          ref={form}
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            recentProducts.rename(product.id, label);
            setEditing(false);
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            {t.nameFor({ id: product.id })}
          </label>
          <input
            id={inputId}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              setLabel(product.label ?? '');
              setEditing(false);
            }}
            className={cx(fieldClass, 'w-48')}
          />
          <Button size="sm" type="submit">
            {t.saveName}
          </Button>
        </form>
      ) : (
        <span className="ml-auto flex gap-2">
          <Button ref={nameIt} size="sm" variant="ghost" onClick={() => setEditing(true)}>
            {t.nameIt}
            <span className="sr-only"> {t.nameItProduct({ id: product.id })}</span>
          </Button>
          <Button size="sm" variant="ghost" {...forget}>
            {t.forget}
            <span className="sr-only"> {t.forgetProduct({ id: product.id })}</span>
          </Button>
        </span>
      )}
    </li>
  );
}
