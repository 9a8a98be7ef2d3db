import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { RESOURCE_TYPES } from '@/api/catalogue/body-schemas';
import { internetMutations } from '@/api/queries/internet';
import { ApiForm } from '@/features/forms/api-form';
import { useApiForm } from '@/features/forms/use-api-form';
import { notify } from '@/features/notifications/notify';
import { cardClass, inputClass } from '@/features/ui/class-names';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { TextField } from '@/features/ui/lookup-form';
import { PageHeader } from '@/features/ui/page-header';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';
import { ContactForm } from './contact-form';
import { orderRefusal } from './ordering';
import { InternetSectionNav, useInternetCrumb } from './section-nav';

const create = endpoint('resource.create');
const update = endpoint('resource.update');
const DEFAULTS = { type: '', size: '' };

const messages = i18n('internet/resources-page', {
  title: 'Internet resources',
  description: 'Connections to 4b42’s network: a cross connect, a VLAN or a VPS.',
  newResource: 'New resource',
  updateResource: 'Update a resource',
  XC: 'Cross connect',
  VLAN: 'Virtual local area network',
  VPS: 'VPS',
  ordered: params<{ what: string }>('{what} ordered'),
  orderedNote: params<{ what: string }>(
    '{what} ordered. The API answers with {}: the resource appears once provisioned.',
  ),
  order: 'Order resource',
  type: 'Type',
  chooseType: 'Choose a type',
  size: 'Size in bits',
  sizeHint: 'Left empty, the API uses its documented default: 48 for IPv6, 32 for AS numbers and IPv4.',
  sizePlaceholder: '48 (IPv6) or 32 (AS, IPv4)',
  resourceId: 'Resource id',
  resourceIdHint: 'The API lists no resources: enter the id from your order confirmation.',
  update: params<{ id: string }>('Update resource {id}'),
  updated: params<{ id: string }>('Resource {id} updated'),
});
type ResourceType = keyof typeof RESOURCE_TYPES;
const TYPES = Object.keys(RESOURCE_TYPES) as ResourceType[];

/** POST /v1/internet/resouces (an order) and PUT /v1/internet/resouces/{id}. */
export function ResourcesPage() {
  const t = useMessages(messages);
  const crumb = useInternetCrumb();
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        crumbs={[crumb]}
        explorer={<ExplorerLink endpoint={create} />}
      />
      <InternetSectionNav />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="resource-create" className={`${cardClass} p-4`}>
          <h2 id="resource-create" className="mb-4 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t.newResource}
          </h2>
          <ResourceCreateForm />
        </section>
        <section aria-labelledby="resource-update" className={`${cardClass} p-4`}>
          <h2 id="resource-update" className="mb-1 text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t.updateResource}
          </h2>
          <p className="mb-4">
            <ExplorerLink endpoint={update} />
          </p>
          <ResourceUpdate />
        </section>
      </div>
    </>
  );
}

function ResourceCreateForm() {
  const t = useMessages(messages);
  // The type ordered, named when shown: the note follows a language switch.
  const [created, setCreated] = useState<ResourceType | null>(null);
  const api = useApiForm({
    endpoint: create,
    schema: create.body,
    defaultValues: DEFAULTS,
    mutation: internetMutations.createResource(),
    draftKey: 'resource.create',
    onSuccess: (_d, out) => {
      setCreated(out.type);
      const said = messages.get();
      notify({ kind: 'success', title: said.ordered({ what: said[out.type] }) });
      api.form.reset(DEFAULTS);
    },
  });
  const orderOff = api.writeOff;
  const refusal = orderRefusal(api.unplacedError);
  const { register, formState } = api.form;
  return (
    <ApiForm api={{ ...api, writeOff: orderOff }} label={t.newResource} submitLabel={t.order}>
      {created && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {t.orderedNote({ what: t[created] })}
        </p>
      )}
      <Field label={t.type} error={formState.errors.type?.message}>
        {(control) => (
          <select {...control} {...register('type')} className={inputClass}>
            <option value="">{t.chooseType}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {value} — {t[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t.size} optional error={formState.errors.size?.message} hint={t.sizeHint}>
        {(control) => (
          <input
            {...control}
            {...register('size')}
            className={inputClass}
            inputMode="numeric"
            placeholder={t.sizePlaceholder}
          />
        )}
      </Field>
      {refusal && <WarningNote title={refusal.title}>{refusal.text}</WarningNote>}
    </ApiForm>
  );
}

function ResourceUpdate() {
  const t = useMessages(messages);
  const [typed, setTyped] = useState('');
  const id = typed.trim();
  return (
    <div className="space-y-4">
      <TextField
        label={t.resourceId}
        hint={t.resourceIdHint}
        value={typed}
        onChange={setTyped}
        input={{ inputMode: 'numeric' }}
      />
      {id && (
        <ContactForm
          key={id}
          endpoint={update}
          params={{ id }}
          mutation={internetMutations.updateResource(id)}
          draftKey={`resource.update.${id}`}
          label={t.update({ id })}
          onSuccess={() => notify({ kind: 'success', title: messages.get().updated({ id }) })}
        />
      )}
    </div>
  );
}
