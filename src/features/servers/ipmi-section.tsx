import { type FormEvent, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { serverMutations } from '@/api/queries/servers';
import { SendButton } from '@/features/forms/submit-button';
import { useApiAction } from '@/features/forms/use-api-action';
import { inputClass } from '@/features/ui/class-names';
import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { DetailSection } from '@/features/ui/detail-list';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { besideInputClass, Field, fieldRowClass } from '@/features/ui/field';
import { WarningNote } from '@/features/ui/warning-note';
import { i18n, params, useMessages } from '@/i18n';

const ipmi = endpoint('dedicatedServer.configureIpmi');

const messages = i18n('servers/ipmi-section', {
  idRequired: 'Enter the dedicated server’s id (digits), e.g. 400201',
  title: 'Dedicated server IPMI',
  description: 'Reconfigure the IPMI (remote management) interface of a dedicated server, by its id.',
  formLabel: 'Reconfigure IPMI',
  idLabel: 'Dedicated server id',
  submit: 'Reconfigure IPMI…',
  doneBefore: 'IPMI of dedicated server',
  doneAfter:
    'is being reconfigured. The API acknowledged it (its answer is an empty list, as documented); new access data comes from 4b42.',
  confirmTitle: params<{ id: string }>('Reconfigure IPMI of server {id}?'),
  confirmLabel: 'Reconfigure IPMI',
  locked: 'The server is locked',
  notReconfigured: 'Not reconfigured',
  checkFirst: 'Check the server’s IPMI before trying again: a second request resets it once more.',
  effect:
    'The IPMI interface is set up again: its network settings and access are reset, and an open remote console or virtual media session on it is cut off. The server itself keeps running.',
  /** The documented `locked` (409), in the user's terms. */
  lockedAdvice:
    'The server is locked: another action (an installation, a firmware update, a previous IPMI change) is still running on it. Nothing was changed; try again once that action has finished.',
});

/** PUT /v1/server/dedicated/{id}/ipmi (#28): no endpoint lists dedicated servers, so it goes by id. */
export function IpmiSection() {
  const t = useMessages(messages);
  const [serverId, setServerId] = useState('');
  const [idError, setIdError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = confirming ?? serverId.trim();
  const action = useApiAction(serverMutations.configureIpmi(id), { endpoint: ipmi, params: { id } });
  const locked = isApiError(action.error) && action.error.code === 'locked';

  const ask = (event: FormEvent) => {
    event.preventDefault();
    const value = serverId.trim();
    if (!/^\d+$/.test(value)) {
      setIdError(t.idRequired);
      return;
    }
    action.mutation.reset();
    setDone(null);
    setConfirming(value);
  };

  return (
    <DetailSection id="ipmi" title={t.title} description={t.description}>
      <form onSubmit={ask} noValidate aria-label={t.formLabel} className={fieldRowClass}>
        <Field label={t.idLabel} error={idError} className="w-48">
          {(control) => (
            <input
              {...control}
              value={serverId}
              onChange={(e) => {
                setServerId(e.target.value);
                setIdError(undefined);
              }}
              inputMode="numeric"
              autoComplete="off"
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
        <SendButton
          type="submit"
          variant="secondary"
          pending={action.pending}
          disabledReason={action.disabledReason}
          className={besideInputClass}
        >
          {t.submit}
        </SendButton>
      </form>
      <p className="mt-2">
        <ExplorerLink endpoint={ipmi} />
      </p>
      {done && (
        <p
          role="status"
          className="mt-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          {t.doneBefore} <span className="font-mono">{done}</span> {t.doneAfter}
        </p>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t.confirmTitle({ id: confirming ?? '' })}
        confirmLabel={t.confirmLabel}
        pending={action.pending}
        error={action.error ?? undefined}
        errorTitle={locked ? t.locked : t.notReconfigured}
        lostText={t.checkFirst}
        onConfirm={() =>
          action.run(undefined, {
            onSuccess: () => {
              setDone(confirming);
              setConfirming(null);
            },
          })
        }
      >
        <p>{t.effect}</p>
        {locked && <WarningNote className="mt-3">{t.lockedAdvice}</WarningNote>}
      </ConfirmDialog>
    </DetailSection>
  );
}
