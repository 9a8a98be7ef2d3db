import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { endpoint } from '@/api/catalogue';
import { internetMutations, internetQueries } from '@/api/queries/internet';
import { useListReturn } from '@/features/lists/list-return';
import { notify } from '@/features/notifications/notify';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { LinkButton } from '@/features/ui/link-button';
import { PageHeader } from '@/features/ui/page-header';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';
import { asLabel, findAs } from './asn-label';
import { ContactForm } from './contact-form';
import { useAsnsCrumb, useInternetCrumb } from './section-nav';

const messages = i18n('internet/asn-edit-page', {
  title: params<{ id: string }>('Update AS number #{id}'),
  titleListed: params<{ as: string }>('Update {as}'),
  cancel: 'Cancel',
  updated: params<{ id: string }>('AS number #{id} updated'),
  updatedListed: params<{ as: string }>('{as} updated'),
  notListedTitle: 'Not among this key’s AS numbers',
  notListedText: params<{ id: string }>(
    'The list of AS numbers has no record #{id}, so the API will probably answer 404. Check the link, or go back to the list.',
  ),
});

/**
 * PUT /v1/internet/resouces/asn/{id}: as documented, with a customer's fields. The API has no read
 * of one AS number, so the list (loaded by the route, usually cached) names the one being edited.
 */
export function AsnEditPage({ id }: { id: string }) {
  const t = useMessages(messages);
  const crumbs = [useInternetCrumb(), useAsnsCrumb()];
  const navigate = useNavigate();
  const up = useListReturn();
  const { data: list } = useQuery(internetQueries.asns());
  const listed = list && findAs(list, id);
  const as = listed && asLabel(listed);
  const title = as ? t.titleListed({ as }) : t.title({ id });
  return (
    <>
      <PageHeader
        title={title}
        description={listed && [listed.name, listed.org].filter(Boolean).join(' · ')}
        crumbs={crumbs}
        explorer={<ExplorerLink endpoint={endpoint('asn.update')} params={{ id }} />}
      />
      <div className="max-w-2xl space-y-4">
        {list && !listed && <WarningNote title={t.notListedTitle}>{t.notListedText({ id })}</WarningNote>}
        <ContactForm
          endpoint={endpoint('asn.update')}
          params={{ id }}
          mutation={internetMutations.updateAsn(id)}
          draftKey={`asn.update.${id}`}
          label={title}
          actions={<LinkButton {...up('/internet/asns')}>{t.cancel}</LinkButton>}
          onSuccess={() => {
            notify({ kind: 'success', title: as ? t.updatedListed({ as }) : t.updated({ id }) });
            void navigate(up('/internet/asns'));
          }}
        />
      </div>
    </>
  );
}
