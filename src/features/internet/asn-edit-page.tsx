import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { internetMutations } from '@/api/queries/internet';
import { i18n, params, useMessages } from '@/i18n';
import { notify } from '../notifications/notify';
import { ExplorerLink } from '../ui/explorer-link';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { ContactForm } from './contact-form';
import { useAsnsCrumb, useInternetCrumb } from './section-nav';

const messages = i18n('internet/asn-edit-page', {
  title: params<{ id: string }>('Update AS number #{id}'),
  cancel: 'Cancel',
  updated: params<{ id: string }>('AS number #{id} updated'),
});

/** PUT /v1/internet/resouces/asn/{id}: as documented, with a customer's fields. */
export function AsnEditPage({ id }: { id: string }) {
  const t = useMessages(messages);
  const crumbs = [useInternetCrumb(), useAsnsCrumb()];
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t.title({ id })}
        crumbs={crumbs}
        explorer={<ExplorerLink endpoint={endpoint('asn.update')} />}
      />
      <div className="max-w-2xl">
        <ContactForm
          endpoint={endpoint('asn.update')}
          params={{ id }}
          mutation={internetMutations.updateAsn(id)}
          draftKey={`asn.update.${id}`}
          label={t.title({ id })}
          actions={<LinkButton to="/internet/asns">{t.cancel}</LinkButton>}
          onSuccess={() => {
            notify({ kind: 'success', title: t.updated({ id }) });
            void navigate({ to: '/internet/asns' });
          }}
        />
      </div>
    </>
  );
}
