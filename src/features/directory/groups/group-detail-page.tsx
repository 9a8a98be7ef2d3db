import { type UseMutationResult, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { directoryMutations, directoryQueries } from '../../../api/queries/directory';
import { readDraft } from '../../forms/use-form-draft';
import { notify } from '../../notifications/notify';
import { Button } from '../../ui/button';
import { cardClass } from '../../ui/class-names';
import { CopyButton } from '../../ui/copy-button';
import { EmptyState, LoadingState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { useWriteDisabledReason } from '../../ui/use-key-capabilities';
import { DeleteGroupDialog } from './delete-group-dialog';
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
  const removal = useMutation({
    ...directoryMutations.deleteGroup(customerNumber, groupName),
    meta: { form: true },
  });
  if (removal.isSuccess) return <LoadingState label={`Group ${groupName} deleted. Back to the list…`} />;
  const remove = () =>
    removal.mutate(undefined, {
      onSuccess: () => {
        notify({ kind: 'success', title: `Group ${groupName} deleted` });
        void navigate({ to: '/directory/$customerNumber/groups', params: { customerNumber }, replace: true });
      },
    });
  return (
    <GroupDetail customerNumber={customerNumber} groupName={groupName} removal={removal} onRemove={remove} />
  );
}

function GroupDetail({
  customerNumber,
  groupName,
  removal,
  onRemove,
}: {
  customerNumber: string;
  groupName: string;
  removal: UseMutationResult<unknown, unknown, void>;
  onRemove: () => void;
}) {
  const { data: group } = useSuspenseQuery(directoryQueries.group(customerNumber, groupName));
  const candidates = useMemberCandidates(customerNumber, group.name);
  const writeOff = useWriteDisabledReason();
  // Unsaved planned members from before a reload reopen the editor.
  const [editing, setEditing] = useState(
    () => readDraft(memberDraftKey(customerNumber, group.name)) !== null,
  );
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <PageHeader
        title={group.name}
        description={`Group of customer ${customerNumber}`}
        actions={
          <Button
            variant="danger"
            disabledReason={writeOff}
            onClick={() => {
              removal.reset();
              setConfirming(true);
            }}
          >
            Delete
          </Button>
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="group-details" className={`${cardClass} p-4 sm:p-6`}>
          <h2 id="group-details" className="mb-4 text-lg font-semibold text-slate-900 dark:text-slate-50">
            Details
          </h2>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">Name</dt>
            <dd className="text-sm">{group.name}</dd>
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">Distinguished name</dt>
            <dd className="min-w-0 text-sm">
              {group.dn ? (
                <span className="inline-flex flex-wrap items-center gap-2">
                  <span className="font-mono text-xs break-all">{group.dn}</span>
                  <CopyButton text={group.dn} label="Copy DN" />
                </span>
              ) : (
                <span className="text-slate-500 dark:text-slate-400">Not given by the API</span>
              )}
            </dd>
          </dl>
        </section>

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
      <DeleteGroupDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        groupName={group.name}
        memberCount={group.members.length}
        onConfirm={onRemove}
        pending={removal.isPending}
        error={removal.error}
      />
    </>
  );
}
