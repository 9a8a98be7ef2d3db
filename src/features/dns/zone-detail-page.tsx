import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { toUnicodeDomain } from '@/api/domain/domain-name';
import { dnsMutations, dnsQueries } from '@/api/queries/dns';
import type { Zone } from '@/api/types';
import { Button } from '@/features/ui/button';
import { DeleteDialog } from '@/features/ui/delete-dialog';
import { DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { DNS_FAILURE_ADVICE } from './dns-failures';
import { productLabel, useRecentProducts } from './recent-products';
import { decodeSerial, humanSeconds } from './soa-units';
import { ZoneEditForm } from './zone-edit-form';
import { soaToEmail } from './zone-form-values';

/** GET …/zone/{zone} (#20) with its edit (#23) and delete (#24). */
export function ZoneDetailPage({ productId, zone }: { productId: string; zone: string }) {
  const { data } = useSuspenseQuery(dnsQueries.zone(productId, zone));
  const recent = useRecentProducts();
  const unicode = zone.includes('xn--') ? toUnicodeDomain(zone) : null;
  return (
    <>
      <PageHeader
        title={unicode ?? zone}
        description={unicode ? <span className="font-mono">{zone}</span> : undefined}
        crumbs={[
          { label: 'DNS products', to: '/dns' },
          { label: productLabel(productId, recent), to: '/dns/$productId', params: { productId } },
        ]}
        explorer={<ExplorerLink endpoint={endpoint('zone.get')} />}
      />
      <div className="space-y-6">
        <SoaSection zone={data} />
        <DetailSection
          id="zone-edit"
          title="Change the zone"
          description="Only the values you change are sent (PUT, older edition); the API answers with those."
        >
          <ZoneEditForm productId={productId} zone={zone} data={data} />
        </DetailSection>
        <DeleteZoneSection productId={productId} zone={zone} />
      </div>
    </>
  );
}

function Seconds({ value }: { value: number | null | undefined }) {
  if (value == null) return <NotSet />;
  return (
    <>
      <span title={`${value} seconds`}>{humanSeconds(value)}</span>{' '}
      <span className="text-xs text-slate-600 dark:text-slate-400">({value} s)</span>
    </>
  );
}

function SoaSection({ zone }: { zone: Zone }) {
  const serial = decodeSerial(zone.serial);
  return (
    <DetailSection id="zone-soa" title="SOA record">
      <DetailList>
        <DetailRow label="Hostmaster">
          {zone.hostmaster ? (
            <>
              <span className="break-all">{soaToEmail(zone.hostmaster)}</span>{' '}
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                ({zone.hostmaster})
              </span>
            </>
          ) : (
            <NotSet />
          )}
        </DetailRow>
        <DetailRow label="Serial">
          {zone.serial ? (
            <>
              <span className="font-mono">{zone.serial}</span>
              {serial && (
                <span className="ml-2 text-slate-700 dark:text-slate-300">
                  changed on {serial.date}, change {serial.change} of that day
                </span>
              )}
            </>
          ) : (
            <NotSet />
          )}
        </DetailRow>
        <DetailRow label="TTL">
          <Seconds value={zone.ttl} />
        </DetailRow>
        <DetailRow label="Refresh">
          <Seconds value={zone.refresh} />
        </DetailRow>
        <DetailRow label="Retry">
          <Seconds value={zone.retry} />
        </DetailRow>
        <DetailRow label="Expire">
          <Seconds value={zone.expire} />
        </DetailRow>
        <DetailRow label="DNSSEC">
          {zone.dnssec == null ? (
            <NotSet />
          ) : zone.dnssec ? (
            'On: answers are signed'
          ) : (
            'Off: answers are unsigned'
          )}
        </DetailRow>
        <DetailRow label="Valid">{zone.valid ?? <NotSet />}</DetailRow>
        <DetailRow label="Created">{zone.created ?? <NotSet />}</DetailRow>
        <DetailRow label="Updated">{zone.updated ?? <NotSet />}</DetailRow>
      </DetailList>
    </DetailSection>
  );
}

function DeleteZoneSection({ productId, zone }: { productId: string; zone: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const remove = endpoint('zone.delete');
  const writeOff = useWriteDisabledReason(remove, { productid: productId, zone });
  const { removal, remove: send } = useDeletion(dnsMutations.remove(productId, zone), {
    what: `Zone ${zone}`,
    onDeleted: () => void navigate({ to: '/dns/$productId', params: { productId } }),
  });
  return (
    <DetailSection id="zone-delete" title="Delete the zone">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        The name servers stop answering for <span className="font-mono">{zone}</span> and its records are
        gone.
      </p>
      <Button variant="danger" disabledReason={writeOff} onClick={() => setOpen(true)}>
        Delete zone…
      </Button>
      <DeleteDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Delete zone ${zone}?`}
        confirmLabel="Delete zone"
        typeToConfirm={zone}
        mutation={removal}
        onConfirm={send}
        conflicts={Object.fromEntries(
          Object.entries(DNS_FAILURE_ADVICE).map(([c, text]) => [
            c,
            { title: 'The name servers failed', text },
          ]),
        )}
      >
        <p>
          Type the zone name to confirm. Every record of the zone is removed; this cannot be undone.{' '}
          <Link to="/explorer" search={{ area: 'dns', endpoint: 'zone.delete' }} className="underline">
            The call
          </Link>{' '}
          is DELETE {remove.path}.
        </p>
      </DeleteDialog>
    </DetailSection>
  );
}
