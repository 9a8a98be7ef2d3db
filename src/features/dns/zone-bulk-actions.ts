import { endpoint } from '@/api/catalogue';
import { domainLabel } from '@/api/domain/domain-name';
import { dnsKeys, dnsMutations } from '@/api/queries/dns';
import type { ZoneSummary } from '@/api/types';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkDelete } from '@/features/bulk/bulk-delete';
import { bulkWrite } from '@/features/bulk/bulk-write';
import { count, i18n, params } from '@/i18n';

const messages = i18n('dns/zone-bulk-actions', {
  title: count({ one: 'Delete {count} DNS zone?', other: 'Delete {count} DNS zones?' }),
  // The zone's own "deleted": French agrees it with the feminine "zone" (zones supprimées).
  doneVerb: 'deleted',
  one: 'zone',
  many: 'zones',
  item: params<{ zone: string }>('zone {zone}'),
});

/** DELETE …/bind/{productid}/zone/{zone} for each selected zone. Built during render, in the current language. */
export function deleteZones(productId: string): BulkAction<ZoneSummary> {
  const t = messages.get();
  return bulkDelete({
    title: (n) => messages.get().title(n),
    deleted: t.doneVerb,
    noun: [t.one, t.many],
    endpoint: endpoint('zone.delete'),
    itemLabel: (zone) => messages.get().item({ zone: domainLabel(zone.id) }),
    write: (zone) => bulkWrite(dnsMutations.remove(productId, zone.id), undefined),
    listKey: dnsKeys.zones(productId),
  });
}
