import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { RESOURCE_TYPES } from '@/api/catalogue/body-schemas';
import { internetMutations } from '@/api/queries/internet';
import { ApiForm } from '../forms/api-form';
import { useApiForm } from '../forms/use-api-form';
import { notify } from '../notifications/notify';
import { cardClass, inputClass } from '../ui/class-names';
import { ExplorerLink } from '../ui/explorer-link';
import { Field } from '../ui/field';
import { TextField } from '../ui/lookup-form';
import { PageHeader } from '../ui/page-header';
import { WarningNote } from '../ui/warning-note';
import { ContactForm } from './contact-form';
import { orderRefusal } from './ordering';
import { INTERNET_CRUMB, InternetSectionNav } from './section-nav';

const create = endpoint('resource.create');
const update = endpoint('resource.update');
const DEFAULTS = { type: '', size: '' };

/** POST /v1/internet/resouces (an order) and PUT /v1/internet/resouces/{id}. */
export function ResourcesPage() {
  return (
    <>
      <PageHeader
        title="Internet resources"
        description="Connections to 4b42’s network: a cross connect, a VLAN or a VPS."
        crumbs={[INTERNET_CRUMB]}
        explorer={<ExplorerLink endpoint={create} />}
      />
      <InternetSectionNav />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="resource-create" className={`${cardClass} p-4`}>
          <h2 id="resource-create" className="mb-4 text-lg font-semibold text-slate-900 dark:text-slate-50">
            New resource
          </h2>
          <ResourceCreateForm />
        </section>
        <section aria-labelledby="resource-update" className={`${cardClass} p-4`}>
          <h2 id="resource-update" className="mb-1 text-lg font-semibold text-slate-900 dark:text-slate-50">
            Update a resource
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
  const [created, setCreated] = useState<string | null>(null);
  const api = useApiForm({
    endpoint: create,
    schema: create.body,
    defaultValues: DEFAULTS,
    mutation: internetMutations.createResource(),
    draftKey: 'resource.create',
    onSuccess: (_d, out) => {
      const what = RESOURCE_TYPES[out.type];
      setCreated(what);
      notify({ kind: 'success', title: `${what} ordered` });
      api.form.reset(DEFAULTS);
    },
  });
  const orderOff = api.writeOff;
  const refusal = orderRefusal(api.unplacedError);
  const { register, formState } = api.form;
  return (
    <ApiForm api={{ ...api, writeOff: orderOff }} label="New resource" submitLabel="Order resource">
      {created && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {created} ordered. The API answers with `{'{}'}`: the resource appears once provisioned.
        </p>
      )}
      <Field label="Type" error={formState.errors.type?.message}>
        {(control) => (
          <select {...control} {...register('type')} className={inputClass}>
            <option value="">Choose a type</option>
            {Object.entries(RESOURCE_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {value} — {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Size in bits"
        optional
        error={formState.errors.size?.message}
        hint="Left empty, the API uses its documented default: 48 for IPv6, 32 for AS numbers and IPv4."
      >
        {(control) => (
          <input
            {...control}
            {...register('size')}
            className={inputClass}
            inputMode="numeric"
            placeholder="48 (IPv6) or 32 (AS, IPv4)"
          />
        )}
      </Field>
      {refusal && <WarningNote title={refusal.title}>{refusal.text}</WarningNote>}
    </ApiForm>
  );
}

function ResourceUpdate() {
  const [typed, setTyped] = useState('');
  const id = typed.trim();
  return (
    <div className="space-y-4">
      <TextField
        label="Resource id"
        hint="The API lists no resources: enter the id from your order confirmation."
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
          label={`Update resource ${id}`}
          onSuccess={() => notify({ kind: 'success', title: `Resource ${id} updated` })}
        />
      )}
    </div>
  );
}
