import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryMutations, directoryQueries } from '@/api/queries/directory';
import { readDraft } from '@/features/forms/use-form-draft';
import { useListReturn } from '@/features/lists/list-return';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { DeleteButton } from '@/features/ui/delete-button';
import { CopyableText, DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { EmptyState, LoadingState, NotSet } from '@/features/ui/empty-state';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { PageHeader } from '@/features/ui/page-header';
import { type Deletion, useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { useSwapFocus } from '@/features/ui/use-swap-focus';
import { count, formatNumber, i18n, params, useMessages } from '@/i18n';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { MemberOfSection } from '../shared/member-of-section';
import { MemberEditor, memberDraftKey } from './member-editor';
import { MemberRow } from './member-row';
import { describeMember, groupCandidate, subjectKeys } from './members';
import { useMemberCandidates } from './use-member-candidates';

const messages = i18n('directory/group-detail-page', {
  what: params('Group {groupName}'),
  deleted: params('Group {groupName} deleted. Back to the list…'),
  description: params('Group of customer {customerNumber}'),
  deleteTitle: params('Delete the group {name}?'),
  deleteConfirm: 'Delete group',
  removed: 'The group is removed. This cannot be undone.',
  removedWith: count({
    one: 'The group is removed with its one membership (the member itself stays). This cannot be undone.',
    other:
      'The group is removed with its {count} memberships (the members themselves stay). This cannot be undone.',
  }),
  details: 'Details',
  name: 'Name',
  dn: 'Distinguished name',
  copyDn: 'Copy DN',
  notGiven: 'Not given by the API',
  members: params('Members ({count})'),
  edit: 'Edit members',
  emptyTitle: 'No members yet',
  emptyText: 'Add users and groups of this customer with “Edit members”.',
});

/** GET /v1/customer/group/{customerNumber}/{groupName}: its members, the member editor, delete. */
export function GroupDetailPage({
  customerNumber,
  groupName,
}: {
  customerNumber: string;
  groupName: string;
}) {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const up = useListReturn();
  const deletion = useDeletion(directoryMutations.deleteGroup(customerNumber, groupName), {
    what: t.what({ groupName }),
    onDeleted: () =>
      void navigate({ ...up('/directory/$customerNumber/groups', { customerNumber }), replace: true }),
  });
  if (deletion.removal.isSuccess) return <LoadingState label={t.deleted({ groupName })} />;
  return <GroupDetail customerNumber={customerNumber} groupName={groupName} deletion={deletion} />;
}

function GroupDetail({
  customerNumber,
  groupName,
  deletion,
}: {
  customerNumber: string;
  groupName: string;
  deletion: Deletion;
}) {
  const t = useMessages(messages);
  const { data: group } = useSuspenseQuery(directoryQueries.group(customerNumber, groupName));
  const candidates = useMemberCandidates(customerNumber, group.name);
  const deleteOff = useWriteDisabledReason(endpoint('group.delete'), { customerNumber });
  const writeOff = useWriteDisabledReason(endpoint('group.update'), { customerNumber });
  // Unsaved planned members from before a reload reopen the editor.
  const [editing, setEditing] = useState(
    () => readDraft(memberDraftKey(customerNumber, group.name)) !== null,
  );
  const editButton = useRef<HTMLButtonElement>(null);
  const editor = useRef<HTMLDivElement>(null);
  useSwapFocus(editing, editor, editButton);

  return (
    <>
      <PageHeader
        explorer={<ExplorerLink endpoint={endpoint('group.get')} params={{ customerNumber, groupName }} />}
        crumbs={directoryCrumbs(customerNumber, 'groups')}
        title={group.name}
        description={t.description({ customerNumber })}
        actions={
          <DeleteButton
            deletion={deletion}
            disabledReason={deleteOff}
            title={t.deleteTitle({ name: group.name })}
            confirmLabel={t.deleteConfirm}
            typeToConfirm={group.name}
          >
            <p>{group.members.length > 0 ? t.removedWith(group.members.length) : t.removed}</p>
          </DeleteButton>
        }
      />
      <div className="space-y-6">
        <DetailSection id="group-details" title={t.details}>
          <DetailList>
            <DetailRow label={t.name}>{group.name}</DetailRow>
            <DetailRow label={t.dn}>
              {group.dn ? (
                <CopyableText text={group.dn} label={t.copyDn} mono />
              ) : (
                <NotSet>{t.notGiven}</NotSet>
              )}
            </DetailRow>
          </DetailList>
        </DetailSection>

        <section aria-labelledby="group-members" className={`${cardClass} space-y-3 p-4 sm:p-6`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="group-members" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
              {t.members({ count: formatNumber(group.members.length) })}
            </h2>
            {!editing && (
              <Button
                ref={editButton}
                variant="primary"
                disabledReason={writeOff}
                onClick={() => setEditing(true)}
              >
                {t.edit}
              </Button>
            )}
          </div>
          {editing ? (
            <div ref={editor}>
              <MemberEditor
                customerNumber={customerNumber}
                group={group}
                candidates={candidates}
                onDone={() => setEditing(false)}
              />
            </div>
          ) : group.members.length === 0 ? (
            <EmptyState title={t.emptyTitle}>{t.emptyText}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
              {group.members.map((dn) => {
                const member = describeMember(dn, candidates.byKey);
                return <MemberRow key={member.key} member={member} customerNumber={customerNumber} />;
              })}
            </ul>
          )}
        </section>
        <MemberOfSection
          key={group.name}
          customerNumber={customerNumber}
          subjectKeys={subjectKeys(groupCandidate(group, customerNumber), group.dn)}
          group={group.name}
        />
      </div>
    </>
  );
}
