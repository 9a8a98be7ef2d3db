import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { directoryMutations } from '@/api/queries/directory';
import { DraftRestoredNote } from '@/features/forms/draft-restored-note';
import { SendButton } from '@/features/forms/submit-button';
import { UnsavedChangesDialog } from '@/features/forms/unsaved-changes-dialog';
import { useApiAction } from '@/features/forms/use-api-action';
import { useFormDraft } from '@/features/forms/use-form-draft';
import { useUnsavedChangesGuard } from '@/features/forms/use-unsaved-changes-guard';
import { notify } from '@/features/notifications/notify';
import { Button } from '@/features/ui/button';
import { ErrorPanel } from '@/features/ui/error-panel';
import { Modal } from '@/features/ui/modal';
import { useRowRemovalFocus } from '@/features/ui/use-row-removal-focus';
import { WarningNote } from '@/features/ui/warning-note';
import { count, formatNumber, i18n, params, useMessages } from '@/i18n';
import type { GroupDetail } from '../types';
import { MemberDiffList } from './member-diff-list';
import { MemberPicker } from './member-picker';
import { MemberRow } from './member-row';
import { describeMember, diffMembers, memberKey } from './members';
import type { MemberCandidates } from './use-member-candidates';

const messages = i18n('directory/member-editor', {
  saved: params('Members of {name} saved'),
  summary: params('{added} added, {removed} removed'),
  label: params('Members of {name}'),
  after: params('Members after saving ({count})'),
  empty: 'None: saving empties the group.',
  added: 'Added',
  remove: 'Remove',
  removeNamed: params('Remove {name}'),
  pending: 'Changes not saved yet',
  noChanges: 'No changes to save yet',
  review: 'Review and save…',
  discard: 'Discard changes',
  done: 'Done',
  confirmTitle: params('Save the members of {name}?'),
  // Around the number of members, which is shown in bold.
  replacesBefore: 'The API replaces the whole member list: afterwards the group has exactly ',
  replacesAfter: count({ one: ' member.', other: ' members.' }),
  failed: 'The members were not saved',
  back: 'Back to editing',
  save: 'Save members',
  vanished:
    'One of the planned members no longer exists (deleted or renamed meanwhile). Remove it from the list and save again; your other changes are kept.',
  kept: 'Your planned members are kept: go back to editing or try again.',
  saveAgain: 'Saving again is safe: the same list replaces the members either way.',
});

interface MembersForm {
  members: string[];
}

export const memberDraftKey = (customerNumber: string, groupName: string) =>
  `directory.group.members.${customerNumber}.${groupName}`;

/**
 * Plans a new member list and saves it with one PUT, which replaces the whole list: the added and
 * removed members are shown all along and confirmed before anything is sent. The plan survives a
 * reload (draft) and a failed save.
 */
export function MemberEditor({
  customerNumber,
  group,
  candidates,
  onDone,
}: {
  customerNumber: string;
  group: GroupDetail;
  candidates: MemberCandidates;
  onDone: () => void;
}) {
  const t = useMessages(messages);
  const form = useForm<MembersForm>({ defaultValues: { members: group.members } });
  const draft = useFormDraft(form, { key: memberDraftKey(customerNumber, group.name) });
  // One send per click, off during a 429 countdown, nothing re-sent by itself: the kit's action.
  const action = useApiAction(directoryMutations.updateGroup(customerNumber, group.name), {
    endpoint: endpoint('group.update'),
    params: { customerNumber, groupName: group.name },
  });
  const { mutation } = action;
  const [reviewing, setReviewing] = useState(false);

  const planned = useWatch({ control: form.control, name: 'members' });
  const plannedKeys = useMemo(() => new Set(planned.map(memberKey)), [planned]);
  const originalKeys = useMemo(() => new Set(group.members.map(memberKey)), [group.members]);
  const diff = useMemo(() => diffMembers(group.members, planned), [group.members, planned]);
  const changed = diff.added.length + diff.removed.length > 0;
  // Dirty means a real change: adding and removing the same member again asks nothing.
  const guard = useUnsavedChangesGuard({ dirty: changed, onLeave: draft.clear });

  const setPlanned = (next: string[]) => form.setValue('members', next, { shouldDirty: true });
  const remove = (dn: string) => setPlanned(planned.filter((m) => memberKey(m) !== memberKey(dn)));
  const plannedList = useRef<HTMLUListElement>(null);
  const plannedHeading = useRef<HTMLHeadingElement>(null);
  const removes = useRowRemovalFocus(plannedList, plannedHeading);

  const save = () =>
    action.run(
      { members: planned },
      {
        onSuccess: (updated) => {
          draft.clear();
          guard.allowNavigation();
          form.reset({ members: updated.members });
          setReviewing(false);
          notify({
            kind: 'success',
            title: t.saved({ name: group.name }),
            description: t.summary({
              added: formatNumber(diff.added.length),
              removed: formatNumber(diff.removed.length),
            }),
          });
          onDone();
        },
      },
    );

  return (
    <form
      aria-label={t.label({ name: group.name })}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed || action.disabledReason) return;
        mutation.reset();
        setReviewing(true);
      }}
    >
      {/* A refusal met here (or before a reload) keeps the plan on screen, saying why it cannot be saved. */}
      {action.disabledReason && <WarningNote>{action.disabledReason}</WarningNote>}
      <DraftRestoredNote draft={draft} changed={form.formState.isDirty} />
      <div>
        <h3 ref={plannedHeading} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {t.after({ count: formatNumber(planned.length) })}
        </h3>
        {planned.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.empty}</p>
        ) : (
          <ul
            ref={plannedList}
            className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
          >
            {planned.map((dn) => {
              const member = describeMember(dn, candidates.byKey);
              return (
                <MemberRow
                  key={member.key}
                  member={member}
                  customerNumber={customerNumber}
                  badge={
                    originalKeys.has(member.key) ? undefined : (
                      <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100">
                        {t.added}
                      </span>
                    )
                  }
                  action={
                    <Button
                      size="sm"
                      {...removes(() => remove(dn))}
                      aria-label={t.removeNamed({ name: member.name })}
                    >
                      {t.remove}
                    </Button>
                  }
                />
              );
            })}
          </ul>
        )}
      </div>

      <MemberPicker
        candidates={candidates}
        selectedKeys={plannedKeys}
        onToggle={(candidate, selected) =>
          selected ? setPlanned([...planned, candidate.dn]) : remove(candidate.dn)
        }
      />

      <section
        aria-labelledby="pending-heading"
        className="rounded-md border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-800/50"
      >
        <h3 id="pending-heading" className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-50">
          {t.pending}
        </h3>
        <div aria-live="polite">
          <MemberDiffList added={diff.added} removed={diff.removed} byKey={candidates.byKey} />
        </div>
      </section>

      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="primary"
          disabledReason={action.disabledReason ?? (changed ? null : t.noChanges)}
        >
          {t.review}
        </Button>
        <Button
          onClick={() => {
            draft.clear();
            guard.allowNavigation();
            form.reset({ members: group.members });
            onDone();
          }}
        >
          {changed ? t.discard : t.done}
        </Button>
      </div>

      <Modal
        open={reviewing}
        onClose={() => !mutation.isPending && setReviewing(false)}
        title={t.confirmTitle({ name: group.name })}
        size="lg"
      >
        <div className="space-y-4 text-sm text-slate-700 dark:text-slate-300">
          <MemberDiffList added={diff.added} removed={diff.removed} byKey={candidates.byKey} />
          <p>
            {t.replacesBefore}
            <strong>{formatNumber(planned.length)}</strong>
            {t.replacesAfter(planned.length)}
          </p>
          {mutation.error != null && (
            <ErrorPanel error={mutation.error} title={t.failed} lostText={t.saveAgain}>
              <p className="mt-2">{saveFailureHint(mutation.error, t)}</p>
            </ErrorPanel>
          )}
          <div className="flex justify-end gap-2">
            <Button data-autofocus onClick={() => setReviewing(false)} disabled={mutation.isPending}>
              {t.back}
            </Button>
            <SendButton pending={mutation.isPending} disabledReason={action.disabledReason} onClick={save}>
              {t.save}
            </SendButton>
          </div>
        </div>
      </Modal>
      <UnsavedChangesDialog guard={guard} />
    </form>
  );
}

function saveFailureHint(error: unknown, t: ReturnType<typeof messages.get>): string {
  const code = isApiError(error) ? error.code : null;
  if (code === 'USER_DOES_NOT_EXIST' || code === 'GROUP_DOES_NOT_EXIST') {
    return t.vanished;
  }
  return t.kept;
}
