import { Link } from '@tanstack/react-router';
import { LoadingState } from '@/features/ui/empty-state';
import { backLinkClass, InvalidPathParam, RouteLoadError } from '@/features/ui/route-states';
import { i18n, params, useMessages } from '@/i18n';

/** What the DNS routes show while loading, on a failed load and on a path that cannot be a zone. */
const messages = i18n('dns/dns-route-states', {
  loadingZones: 'Loading zones…',
  loadingZone: 'Loading the zone…',
  product: params<{ product: string }>('DNS product {product}'),
  theZones: 'the zones',
  noProduct: params<{ product: string }>('No DNS product {product} for this key'),
  chooseAnother: 'Choose another DNS product',
  zone: params<{ zone: string }>('Zone {zone}'),
  theZone: 'the zone',
  noZone: params<{ zone: string; product: string }>('No zone {zone} in DNS product {product}'),
  notAZone: 'Not a zone name',
  notADomain: params<{ issue: string }>('is not a domain name: {issue}.'),
  backToZones: params<{ product: string }>('Back to the zones of DNS product {product}'),
});

export function ZonesLoading() {
  const t = useMessages(messages);
  return <LoadingState label={t.loadingZones} />;
}

export function ZonesLoadError({ error, productId }: { error: unknown; productId: string }) {
  const t = useMessages(messages);
  return (
    <RouteLoadError
      error={error}
      title={t.product({ product: productId })}
      what={t.theZones}
      notFound={t.noProduct({ product: productId })}
      back={
        <Link to="/dns" className={backLinkClass}>
          {t.chooseAnother}
        </Link>
      }
    />
  );
}

export function ZoneLoading() {
  const t = useMessages(messages);
  return <LoadingState label={t.loadingZone} />;
}

function BackToZones({ productId }: { productId: string }) {
  const t = useMessages(messages);
  return (
    <Link to="/dns/$productId" params={{ productId }} className={backLinkClass}>
      {t.backToZones({ product: productId })}
    </Link>
  );
}

export function ZoneLoadError({
  error,
  productId,
  zone,
}: {
  error: unknown;
  productId: string;
  zone: string;
}) {
  const t = useMessages(messages);
  return (
    <RouteLoadError
      error={error}
      title={t.zone({ zone })}
      what={t.theZone}
      notFound={t.noZone({ zone, product: productId })}
      back={<BackToZones productId={productId} />}
    />
  );
}

/** A zone in the path that cannot be a domain name (`issue` says why): said on the page, nothing requested. */
export function InvalidZoneName({
  value,
  issue,
  productId,
}: {
  value: string;
  issue: string;
  productId: string;
}) {
  const t = useMessages(messages);
  return (
    <InvalidPathParam
      title={t.notAZone}
      value={value}
      rule={t.notADomain({ issue })}
      back={<BackToZones productId={productId} />}
    />
  );
}
