import { type FormEvent, useState } from 'react';
import { isApiError } from '@/api/api-error';
import { endpoint } from '@/api/catalogue';
import { serverMutations } from '@/api/queries/servers';
import { useApiAction } from '@/features/forms/use-api-action';
import { Button } from '@/features/ui/button';
import { inputClass } from '@/features/ui/class-names';
import { ConfirmDialog } from '@/features/ui/confirm-dialog';
import { DetailSection } from '@/features/ui/detail-list';
import { ExplorerLink } from '@/features/ui/explorer-link';
import { Field } from '@/features/ui/field';
import { WarningNote } from '@/features/ui/warning-note';

const ipmi = endpoint('dedicatedServer.configureIpmi');

/** The documented `locked` (409), in the user's terms. */
const LOCKED =
  'The server is locked: another action (an installation, a firmware update, a previous IPMI change) is still running on it. Nothing was changed; try again once that action has finished.';

/** PUT /v1/server/dedicated/{id}/ipmi (#28): no endpoint lists dedicated servers, so it goes by id. */
export function IpmiSection() {
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
      setIdError('Enter the dedicated server’s id (digits), e.g. 400201');
      return;
    }
    action.mutation.reset();
    setDone(null);
    setConfirming(value);
  };

  return (
    <DetailSection
      id="ipmi"
      title="Dedicated server IPMI"
      description="Reconfigure the IPMI (remote management) interface of a dedicated server, by its id."
    >
      <form
        onSubmit={ask}
        noValidate
        aria-label="Reconfigure IPMI"
        className="flex flex-wrap items-end gap-3"
      >
        <Field label="Dedicated server id" error={idError} className="w-48">
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
        <Button type="submit" disabledReason={action.disabledReason}>
          Reconfigure IPMI…
        </Button>
      </form>
      <p className="mt-2">
        <ExplorerLink endpoint={ipmi} />
      </p>
      {done && (
        <p
          role="status"
          className="mt-3 rounded-md bg-emerald-50 p-3 text-sm text-emerald-950 dark:bg-emerald-950/50 dark:text-emerald-100"
        >
          IPMI of dedicated server <span className="font-mono">{done}</span> is being reconfigured. The API
          acknowledged it (its answer is an empty list, as documented); new access data comes from 4b42.
        </p>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={`Reconfigure IPMI of server ${confirming ?? ''}?`}
        confirmLabel="Reconfigure IPMI"
        pending={action.pending}
        error={action.error ?? undefined}
        errorTitle={locked ? 'The server is locked' : 'Not reconfigured'}
        onConfirm={() =>
          action.run(undefined, {
            onSuccess: () => {
              setDone(confirming);
              setConfirming(null);
            },
          })
        }
      >
        <p>
          The IPMI interface is set up again: its network settings and access are reset, and an open remote
          console or virtual media session on it is cut off. The server itself keeps running.
        </p>
        {locked && <WarningNote className="mt-3">{LOCKED}</WarningNote>}
      </ConfirmDialog>
    </DetailSection>
  );
}
