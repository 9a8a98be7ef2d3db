import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { endpoint } from '@/api/catalogue';
import { directoryMutations, directoryQueries } from '@/api/queries/directory';
import { readDraft } from '@/features/forms/use-form-draft';
import { Button } from '@/features/ui/button';
import { cardClass } from '@/features/ui/class-names';
import { DeleteButton } from '@/features/ui/delete-button';
import { CopyableText, DetailList, DetailRow, DetailSection } from '@/features/ui/detail-list';
import { EmptyState, LoadingState, NotSet } from '@/features/ui/empty-state';
import { PageHeader } from '@/features/ui/page-header';
import { type Deletion, useDeletion } from '@/features/ui/use-deletion';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import { directoryCrumbs } from '../shared/directory-crumbs';
import { MemberEditor, memberDraftKey } from './member-editor';
import { MemberRow } from './member-row';
import { describeMember } from './members';
import { useMemberCandidates } from './use-member-candidates';

/** GET /v1/customer/group/{customerNumber}/{groupName}: its members, the member editor, delete. */
export function GroupDetailPage({
  customerNumber,
  groupName,
}: {
  customerNumber: string;
  groupName: string;
}) {
  const navigate = useNavigate();
  const deletion = useDeletion(directoryMutations.deleteGroup(customerNumber, groupName), {
    what: `Group ${groupName}`,
    onDeleted: () =>
      void navigate({ to: '/directory/$customerNumber/groups', params: { customerNumber }, replace: true }),
  });
  if (deletion.removal.isSuccess)
    return <LoadingState label={`Group ${groupName} deleted. Back to the list…`} />;
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
  const { data: group } = useSuspenseQuery(directoryQueries.group(customerNumber, groupName));
  const candidates = useMemberCandidates(customerNumber, group.name);
  const deleteOff = useWriteDisabledReason(endpoint('group.delete'), { customerNumber });
  const writeOff = useWriteDisabledReason(endpoint('group.update'), { customerNumber });
  // Unsaved planned members from before a reload reopen the editor.
  const [editing, setEditing] = useState(
    () => readDraft(memberDraftKey(customerNumber, group.name)) !== null,
  );

  return (
    <>
      <PageHeader
        crumbs={directoryCrumbs(customerNumber, 'groups')}
        title={group.name}
        description={`Group of customer ${customerNumber}`}
        actions={
          <DeleteButton
            deletion={deletion}
            disabledReason={deleteOff}
            title={`Delete the group ${group.name}?`}
            confirmLabel="Delete group"
            typeToConfirm={group.name}
          >
            <p>
              The group is removed
              {group.members.length > 0
                ? ` with its ${group.members.length} memberships (the members themselves stay)`
                : ''}
              . This cannot be undone.
            </p>
          </DeleteButton>
        }
      />
      <div className="space-y-6">
        <DetailSection id="group-details" title="Details">
          <DetailList>
            <DetailRow label="Name">{group.name}</DetailRow>
            <DetailRow label="Distinguished name">
              {group.dn ? (
                <CopyableText text={group.dn} label="Copy DN" mono />
              ) : (
                <NotSet>Not given by the API</NotSet>
              )}
            </DetailRow>
          </DetailList>
        </DetailSection>

        <section aria-labelledby="group-members" className={`${cardClass} space-y-3 p-4 sm:p-6`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="group-members" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
              Members ({group.members.length})
            </h2>
            {!editing && (
              <Button variant="primary" disabledReason={writeOff} onClick={() => setEditing(true)}>
                Edit members
              </Button>
            )}
          </div>
          {editing && !writeOff ? (
            <MemberEditor
              customerNumber={customerNumber}
              group={group}
              candidates={candidates}
              onDone={() => setEditing(false)}
            />
          ) : group.members.length === 0 ? (
            <EmptyState title="No members yet">
              Add users and groups of this customer with “Edit members”.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
              {group.members.map((dn) => {
                const member = describeMember(dn, candidates.byKey);
                return <MemberRow key={member.key} member={member} customerNumber={customerNumber} />;
              })}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
