import { endpoint } from '@/api/catalogue';
import { dnsKeys, dnsMutations } from '@/api/queries/dns';
import type { ZoneSummary } from '@/api/types';
import type { BulkAction } from '@/features/bulk/bulk-action';
import { bulkWrite } from '@/features/bulk/bulk-write';

/** DELETE …/bind/{productid}/zone/{zone} for each selected zone. */
export function deleteZones(productId: string): BulkAction<ZoneSummary> {
  return {
    label: 'Delete',
    title: (n) => `Delete ${n === 1 ? '1 DNS zone' : `${n} DNS zones`}?`,
    confirmLabel: 'Delete',
    doneVerb: 'deleted',
    noun: ['zone', 'zones'],
    endpoint: endpoint('zone.delete'),
    itemLabel: (zone) => `zone ${zone.id}`,
    write: (zone) => bulkWrite(dnsMutations.remove(productId, zone.id), undefined),
    listKey: dnsKeys.zones(productId),
  };
}
