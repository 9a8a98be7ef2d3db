import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { zoneUpdateBody } from '@/api/catalogue/body-schemas';
import { dnsMutations, dnsReconcile } from '@/api/queries/dns';
import type { Zone } from '@/api/types';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { notify } from '@/features/notifications/notify';
import { WarningNote } from '@/features/ui/warning-note';
import { DNS_FAILURE_ADVICE, ZONE_CODE_FIELDS } from './dns-failures';
import { ZoneSoaFields } from './zone-fields';
import { zoneToFormValues } from './zone-form-values';

// The update body has no name; the form shows the zone's SOA fields only.
const editSchema = zoneUpdateBody;

/** Only what the user changed goes out: the PUT is documented as "returns updated fields". */
function onlyChanged(output: Record<string, unknown>, changed: readonly string[]) {
  return Object.fromEntries(Object.entries(output).filter(([name]) => changed.includes(name)));
}

export function ZoneEditForm({ productId, zone, data }: { productId: string; zone: string; data: Zone }) {
  const client = useQueryClient();
  const [reconcile] = useState(() => dnsReconcile.update(client, productId, zone));
  const api = useApiForm({
    endpoint: endpoint('zone.update'),
    params: { productid: productId, zone },
    schema: editSchema,
    defaultValues: zoneToFormValues(data, zone),
    mutation: dnsMutations.update(productId, zone),
    toVariables: onlyChanged,
    draftKey: `zone.edit.${productId}.${zone}`,
    fields: ['hostmaster', 'ttl', 'refresh', 'retry', 'expire', 'dnssec'],
    codeFields: ZONE_CODE_FIELDS,
    // A 500 on PUT may still have changed the zone: re-read it before saying either way.
    reconcile,
    noun: 'the zone',
    onSuccess: (_zone, _values, sent) => {
      api.form.reset(api.form.getValues());
      notify({
        kind: 'success',
        title: `Zone ${zone} saved`,
        description: `Changed: ${Object.keys(sent).join(', ') || 'nothing'}`,
      });
    },
  });
  // A DNS_* code explains itself, whether the answer was kept or checked against the zone.
  const failure = api.unplacedError ?? api.submission.lostAnswer?.error;
  const code = isApiError(failure) ? failure.code : undefined;
  return (
    <ApiForm api={api} label={`Change zone ${zone}`} submitLabel="Save changes" openLabel="Show the zone">
      <ZoneSoaFields form={api.form} />
      {code && DNS_FAILURE_ADVICE[code] && <WarningNote>{DNS_FAILURE_ADVICE[code]}</WarningNote>}
    </ApiForm>
  );
}
