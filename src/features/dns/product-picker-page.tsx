import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState, useSyncExternalStore } from 'react';
import { connectionStore } from '@/api/connection';
import { Button } from '@/features/ui/button';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { DetailSection } from '@/features/ui/detail-list';
import { Field } from '@/features/ui/field';
import { PageHeader } from '@/features/ui/page-header';
import { backLinkClass } from '@/features/ui/route-states';
import { DEMO_DNS_PRODUCTS } from '@/mocks/demo-keys';
import { type RecentProduct, recentProducts, useRecentProducts } from './recent-products';

/**
 * The DNS area's start: no endpoint lists a customer's DNS products, so the user names one by id
 * (from the order confirmation or the 4b42 portal). Products used before with this connection come
 * first; the demo offers its seeded ones.
 */
export function ProductPickerPage() {
  const navigate = useNavigate();
  const recent = useRecentProducts();
  const connection = useSyncExternalStore(connectionStore.subscribe, connectionStore.get);
  const [productId, setProductId] = useState('');
  const [error, setError] = useState<string | undefined>();

  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = productId.trim();
    if (!id) {
      setError('Enter the id of a DNS product, e.g. 500001');
      return;
    }
    if (id.includes('/')) {
      setError('A product id has no slashes');
      return;
    }
    void navigate({ to: '/dns/$productId', params: { productId: id } });
  };

  return (
    <>
      <PageHeader
        title="DNS zones"
        description="Zones live in a DNS product. The API has no list of products, so open one by its id."
        actions={
          <Link to="/dns/new" className={`${backLinkClass} text-sm`}>
            Create a zone without choosing a product
          </Link>
        }
      />
      <div className="space-y-6">
        <form
          onSubmit={open}
          noValidate
          aria-label="Open a DNS product"
          className={`${cardClass} space-y-3 p-4 sm:p-6`}
        >
          <Field
            label="DNS product id"
            hint="The product id from the order confirmation or the 4b42 portal."
            error={error}
          >
            {(control) => (
              <input
                {...control}
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
            Open zones
          </Button>
        </form>

        {recent.length > 0 && (
          <DetailSection id="recent-products" title="Recently used with this connection">
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {recent.map((product) => (
                <RecentProductRow key={product.id} product={product} />
              ))}
            </ul>
          </DetailSection>
        )}

        {connection?.kind === 'demo' && (
          <DetailSection
            id="demo-products"
            title="The demo’s DNS products"
            description="The simulated API holds these; a real account’s ids come from its order."
          >
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
                      {product.name} · customer {product.customer}
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

function RecentProductRow({ product }: { product: RecentProduct }) {
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(product.label ?? '');
  const inputId = useId();
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
      <Link to="/dns/$productId" params={{ productId: product.id }} className={backLinkClass}>
        <span className="font-mono">{product.id}</span>
        {product.label && <span className="ml-2">{product.label}</span>}
      </Link>
      <span className="text-xs text-slate-600 dark:text-slate-400">
        used {new Date(product.usedAt).toLocaleString()}
      </span>
      {editing ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            recentProducts.rename(product.id, label);
            setEditing(false);
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            Name for product {product.id}
          </label>
          <input
            id={inputId}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            className={`${inputClass} w-48`}
          />
          <Button size="sm" type="submit">
            Save name
          </Button>
        </form>
      ) : (
        <span className="ml-auto flex gap-2">
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Name it<span className="sr-only"> (product {product.id})</span>
          </Button>
          <Button size="sm" variant="ghost" onClick={() => recentProducts.forget(product.id)}>
            Forget<span className="sr-only"> product {product.id}</span>
          </Button>
        </span>
      )}
    </li>
  );
}
