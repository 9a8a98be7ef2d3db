import { lazy, Suspense, useState } from 'react';
import { Button } from '@/features/ui/button';
import { useWriteDisabledReason } from '@/features/ui/use-key-capabilities';
import type { BulkAction } from './bulk-action';

// The runner, the dialog and the summary load when a bulk action is first opened.
// (`lazy` drops the component's type parameter; the cast gives it back.)
const BulkRunDialog = lazy(
  () => import('./bulk-run-dialog'),
) as unknown as typeof import('./bulk-run-dialog').default;

/** A bulk toolbar's button: off with the reason when the key may not write there. */
export function BulkActionButton<T>({
  action,
  items,
  onFinished,
}: {
  action: BulkAction<T>;
  items: readonly T[];
  /** After a run, when the dialog closes (the list clears its selection). */
  onFinished: () => void;
}) {
  const writeOff = useWriteDisabledReason(action.endpoint, action.writeParams);
  // The dialog keeps the items it was opened with: the selection may change underneath.
  const [open, setOpen] = useState<readonly T[] | null>(null);
  return (
    <>
      <Button
        size="sm"
        variant="danger"
        disabledReason={writeOff}
        disabled={items.length === 0}
        onClick={() => setOpen(items)}
      >
        {action.label}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <BulkRunDialog
            action={action}
            items={open}
            onClose={(ran) => {
              setOpen(null);
              if (ran) onFinished();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
