import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { internetMutations } from '@/api/queries/internet';
import { notify } from '../notifications/notify';
import { ExplorerLink } from '../ui/explorer-link';
import { LinkButton } from '../ui/link-button';
import { PageHeader } from '../ui/page-header';
import { ContactForm } from './contact-form';
import { INTERNET_CRUMB } from './section-nav';

/** PUT /v1/internet/resouces/asn/{id}: as documented, with a customer's fields. */
export function AsnEditPage({ id }: { id: string }) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={`Update AS number #${id}`}
        crumbs={[INTERNET_CRUMB, { label: 'AS numbers', to: '/internet/asns' }]}
        explorer={<ExplorerLink endpoint={endpoint('asn.update')} />}
      />
      <div className="max-w-2xl">
        <ContactForm
          endpoint={endpoint('asn.update')}
          params={{ id }}
          mutation={internetMutations.updateAsn(id)}
          draftKey={`asn.update.${id}`}
          label={`Update AS number #${id}`}
          actions={<LinkButton to="/internet/asns">Cancel</LinkButton>}
          onSuccess={() => {
            notify({ kind: 'success', title: `AS number #${id} updated` });
            void navigate({ to: '/internet/asns' });
          }}
        />
      </div>
    </>
  );
}
