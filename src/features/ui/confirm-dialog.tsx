import { type FormEvent, type KeyboardEvent, type ReactNode, useState } from 'react';
import { i18n, params, useMessages } from '@/i18n';
import { Button } from './button';
import { inputClass } from './class-names';
import { ErrorPanel } from './error-panel';
import { Field } from './field';
import { Modal } from './modal';

const messages = i18n('ui/confirm-dialog', {
  // The text to type sits between the two pieces.
  typeBefore: 'Type',
  typeAfter: 'to confirm',
  // Enter pressed while the text typed is not the one asked for (the button is still off).
  mismatch: params<{ text: string }>('Type {text} exactly as shown.'),
  notDone: 'Not done',
  cancel: 'Cancel',
});

/**
 * Asks before a destructive action. With `typeToConfirm` the user types that text first, so a
 * stray Enter cannot delete anything. Errors stay in the dialog.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  confirmLabel,
  typeToConfirm,
  onConfirm,
  pending,
  error,
  errorTitle,
  lostText,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  typeToConfirm?: string;
  onConfirm: () => void;
  pending?: boolean;
  error?: unknown;
  errorTitle?: string;
  /** After a lost answer (it may have been done): whether confirming again is safe. */
  lostText?: string;
}) {
  const t = useMessages(messages);
  const [typed, setTyped] = useState('');
  const [triedEnter, setTriedEnter] = useState(false);
  const matches = !typeToConfirm || typed.trim() === typeToConfirm;
  // The browser ignores Enter while the form's button is off: say why at the field instead.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !matches) setTriedEnter(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches && !pending) onConfirm();
  };
  const close = () => {
    if (pending) return;
    setTyped('');
    setTriedEnter(false);
    onClose();
  };
  return (
    <Modal open={open} onClose={close} title={title}>
      <form onSubmit={submit} className="space-y-4">
        {children && <div className="text-sm text-slate-700 dark:text-slate-300">{children}</div>}
        {typeToConfirm && (
          <Field
            label={
              <span className="font-normal">
                {t.typeBefore}{' '}
                <code className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{typeToConfirm}</code>{' '}
                {t.typeAfter}
              </span>
            }
            error={triedEnter && !matches ? t.mismatch({ text: typeToConfirm }) : undefined}
          >
            {(control) => (
              // Focused on open (Headless UI's data-autofocus): the name can be typed at once.
              <input
                {...control}
                data-autofocus
                className={inputClass}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                onKeyDown={onKeyDown}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        )}
        {error != null && <ErrorPanel error={error} title={errorTitle ?? t.notDone} lostText={lostText} />}
        <div className="flex justify-end gap-2">
          {/* Without a name to type, the dialog opens on the safe answer: a stray Enter cancels. */}
          <Button onClick={close} disabled={pending} data-autofocus={typeToConfirm ? undefined : true}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="danger" pending={pending} disabled={!matches}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
