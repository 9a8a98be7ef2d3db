import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { domainLabel, emailForReading, toUnicodeDomain } from '@/api/domain/domain-name';
import { dnsMutations, dnsQueries } from '@/api/queries/dns';
import type { Zone } from '@/api/types';
import { useListReturn } from '@/features/lists/list-return';
import { Button } from '@/features/ui/button';
import { DeleteDialog } from '@/features/ui/delete-dialog';
import { DateRow, DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { NotSet } from '@/features/ui/empty-state';
import { ExplorerLink, explorerSearch } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { i18n, params, useMessages } from '@/i18n';
import { dnsFailureAdvice } from './dns-failures';
import { productLabel, useRecentProducts } from './recent-products';
import { decodeSerial, humanSeconds } from './soa-units';
import { ZoneEditForm } from './zone-edit-form';
import { emailToSoa, soaToEmail } from './zone-form-values';

const messages = i18n('dns/zone-detail-page', {
  products: 'DNS products',
  editTitle: 'Change the zone',
  editDescription: 'Only the values you change are sent (PUT, older edition); the API answers with those.',
  seconds: params<{ value: number }>('{value} seconds'),
  soa: 'SOA record',
  hostmaster: 'Hostmaster',
  serial: 'Serial',
  serialDate: params<{ date: string; change: string }>('changed on {date}, change {change} of that day'),
  ttl: 'TTL',
  refresh: 'Refresh',
  retry: 'Retry',
  expire: 'Expire',
  dnssec: 'DNSSEC',
  dnssecOn: 'On: answers are signed',
  dnssecOff: 'Off: answers are unsigned',
  valid: 'Valid',
  created: 'Created',
  updated: 'Updated',
  deleteTitle: 'Delete the zone',
  deleteBefore: 'The name servers stop answering for',
  deleteAfter: 'and its records are gone.',
  deleteButton: 'Delete zone…',
  deleteDialog: params<{ zone: string }>('Delete zone {zone}?'),
  deleteConfirm: 'Delete zone',
  what: params<{ zone: string }>('Zone {zone}'),
  failed: 'The name servers failed',
  typeToConfirm: 'Type the zone name to confirm. Every record of the zone is removed; this cannot be undone.',
  theCall: 'The call',
  callIs: params<{ call: string }>('is {call}.'),
});

/** GET …/zone/{zone} (#20) with its edit (#23) and delete (#24). */
export function ZoneDetailPage({ productId, zone }: { productId: string; zone: string }) {
  const t = useMessages(messages);
  const { data } = useSuspenseQuery(dnsQueries.zone(productId, zone));
  const recent = useRecentProducts();
  const unicode = zone.includes('xn--') ? toUnicodeDomain(zone) : null;
  return (
    <>
      <PageHeader
        title={unicode ?? zone}
        description={unicode ? <span className="font-mono">{zone}</span> : undefined}
        crumbs={[
          { label: t.products, to: '/dns' },
          { label: productLabel(productId, recent), to: '/dns/$productId', params: { productId } },
        ]}
        explorer={<ExplorerLink endpoint={endpoint('zone.get')} params={{ productid: productId, zone }} />}
      />
      <div className="space-y-6">
        <SoaSection zone={data} />
        <DetailSection id="zone-edit" title={t.editTitle} description={t.editDescription}>
          <ZoneEditForm productId={productId} zone={zone} data={data} />
        </DetailSection>
        <DeleteZoneSection productId={productId} zone={zone} />
      </div>
    </>
  );
}

function Seconds({ value }: { value: number | null | undefined }) {
  const t = useMessages(messages);
  if (value == null) return <NotSet />;
  return (
    <>
      <span title={t.seconds({ value })}>{humanSeconds(value)}</span>{' '}
      <span className="text-xs text-slate-600 dark:text-slate-400">({value} s)</span>
    </>
  );
}

function SoaSection({ zone }: { zone: Zone }) {
  const t = useMessages(messages);
  const serial = decodeSerial(zone.serial);
  return (
    <DetailSection id="zone-soa" title={t.soa}>
      <DetailList>
        <DetailRow label={t.hostmaster}>
          {zone.hostmaster ? (
            <>
              <span className="break-all">{emailForReading(soaToEmail(zone.hostmaster))}</span>{' '}
              {/* As the SOA record writes it, also when the API holds an e-mail address (both are
                  accepted), as the form's hint says. */}
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
                ({emailToSoa(soaToEmail(zone.hostmaster))})
              </span>
            </>
          ) : (
            <NotSet />
          )}
        </DetailRow>
        <DetailRow label={t.serial}>
          {zone.serial ? (
            <>
              <span className="font-mono">{zone.serial}</span>
              {serial && (
                <span className="ml-2 text-slate-700 dark:text-slate-300">{t.serialDate(serial)}</span>
              )}
            </>
          ) : (
            <NotSet />
          )}
        </DetailRow>
        <DetailRow label={t.ttl}>
          <Seconds value={zone.ttl} />
        </DetailRow>
        <DetailRow label={t.refresh}>
          <Seconds value={zone.refresh} />
        </DetailRow>
        <DetailRow label={t.retry}>
          <Seconds value={zone.retry} />
        </DetailRow>
        <DetailRow label={t.expire}>
          <Seconds value={zone.expire} />
        </DetailRow>
        <DetailRow label={t.dnssec}>
          {zone.dnssec == null ? <NotSet /> : zone.dnssec ? t.dnssecOn : t.dnssecOff}
        </DetailRow>
        <DetailRow label={t.valid}>{zone.valid ?? <NotSet />}</DetailRow>
        <DateRow label={t.created} value={zone.created} />
        <DateRow label={t.updated} value={zone.updated} />
      </DetailList>
    </DetailSection>
  );
}

function DeleteZoneSection({ productId, zone }: { productId: string; zone: string }) {
  const t = useMessages(messages);
  const advice = useMessages(dnsFailureAdvice);
  const navigate = useNavigate();
  const up = useListReturn();
  const [open, setOpen] = useState(false);
  const remove = endpoint('zone.delete');
  const writeOff = useWriteDisabledReason(remove, { productid: productId, zone });
  const { removal, remove: send } = useDeletion(dnsMutations.remove(productId, zone), {
    what: t.what({ zone }),
    onDeleted: () => void navigate(up('/dns/$productId', { productId })),
  });
  return (
    <DetailSection id="zone-delete" title={t.deleteTitle}>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {t.deleteBefore} <span className="font-mono">{zone}</span> {t.deleteAfter}
      </p>
      <Button variant="danger" disabledReason={writeOff} onClick={() => setOpen(true)}>
        {t.deleteButton}
      </Button>
      <DeleteDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t.deleteDialog({ zone: domainLabel(zone) })}
        confirmLabel={t.deleteConfirm}
        typeToConfirm={zone}
        mutation={removal}
        onConfirm={send}
        conflicts={Object.fromEntries(
          Object.entries(advice).map(([c, text]) => [c, { title: t.failed, text }]),
        )}
      >
        <p>
          {t.typeToConfirm}{' '}
          <Link
            to="/explorer"
            search={explorerSearch(remove, { productid: productId, zone })}
            className="underline"
          >
            {t.theCall}
          </Link>{' '}
          {t.callIs({ call: `${remove.method} ${remove.path}` })}
        </p>
      </DeleteDialog>
    </DetailSection>
  );
}
