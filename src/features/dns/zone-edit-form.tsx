import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { zoneUpdateBody } from '@/api/catalogue/body-schemas';
import { dnsMutations, dnsReconcile } from '@/api/queries/dns';
import type { Zone } from '@/api/types';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { notify } from '@/features/notifications/notify';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';
import { adviceFor, dnsFailureAdvice, ZONE_CODE_FIELDS } from './dns-failures';
import { ZoneSoaFields } from './zone-fields';
import { zoneToFormValues } from './zone-form-values';

const messages = i18n('dns/zone-edit-form', {
  noun: 'the zone',
  saved: params<{ zone: string }>('Zone {zone} saved'),
  changed: params<{ fields: string }>('Changed: {fields}'),
  nothing: 'nothing',
  formLabel: params<{ zone: string }>('Change zone {zone}'),
  submit: 'Save changes',
  open: 'Show the zone',
});

// The update body has no name; the form shows the zone's SOA fields only.
const editSchema = zoneUpdateBody;

/** Only what the user changed goes out: the PUT is documented as "returns updated fields". */
function onlyChanged(output: Record<string, unknown>, changed: readonly string[]) {
  return Object.fromEntries(Object.entries(output).filter(([name]) => changed.includes(name)));
}

export function ZoneEditForm({ productId, zone, data }: { productId: string; zone: string; data: Zone }) {
  const t = useMessages(messages);
  const advice = useMessages(dnsFailureAdvice);
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
    reconcile: dnsReconcile.update(productId, zone),
    noun: t.noun,
    onSuccess: (_zone, _values, sent) => {
      api.form.reset(api.form.getValues());
      const now = messages.get();
      notify({
        kind: 'success',
        title: now.saved({ zone }),
        description: now.changed({ fields: Object.keys(sent).join(', ') || now.nothing }),
      });
    },
  });
  // A DNS_* code explains itself, whether the answer was kept or checked against the zone.
  const failure = api.unplacedError ?? api.submission.lostAnswer?.error;
  const code = isApiError(failure) ? failure.code : undefined;
  const text = adviceFor(advice, code);
  return (
    <ApiForm api={api} label={t.formLabel({ zone })} submitLabel={t.submit} openLabel={t.open} requireChange>
      <ZoneSoaFields form={api.form} />
      {text && <WarningNote>{text}</WarningNote>}
    </ApiForm>
  );
}
