import { isApiError } from '../../api/api-error';
import { ConfirmDialog } from '../ui/confirm-dialog';

/** What a 409 on DELETE means for a customer, in the user's terms. */
const CONFLICT_EXPLANATIONS: Record<string, { title: string; text: string }> = {
  locked: {
    title: 'Not deleted: the customer is locked',
    text: 'An action is already running on this customer. Wait until it has finished, then delete again.',
  },
  protected: {
    title: 'Not deleted: the customer is protected',
    text: 'The API does not allow deleting this customer. Ask 4b42 support if it really has to go.',
  },
};

export function conflictExplanation(error: unknown) {
  return isApiError(error) && error.code ? CONFLICT_EXPLANATIONS[error.code] : undefined;
}

/** DELETE /v1/customer/{customerNumber}, after the user has typed the number. */
export function DeleteCustomerDialog({
  open,
  onClose,
  customerNumber,
  organisation,
  onConfirm,
  pending,
  error,
}: {
  open: boolean;
  onClose: () => void;
  customerNumber: string;
  organisation: string | null | undefined;
  onConfirm: () => void;
  pending: boolean;
  error: unknown;
}) {
  const conflict = conflictExplanation(error);
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={`Delete customer ${customerNumber}?`}
      confirmLabel="Delete customer"
      typeToConfirm={customerNumber}
      onConfirm={onConfirm}
      pending={pending}
      error={error ?? undefined}
      errorTitle={conflict?.title ?? 'Not deleted'}
    >
      <p>
        {organisation ? <strong>{organisation}</strong> : 'This customer'} and everything that belongs to it
        are removed from the API. This cannot be undone.
      </p>
      {conflict && (
        <p className="mt-3 rounded-md bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/50 dark:text-amber-100">
          {conflict.text}
        </p>
      )}
    </ConfirmDialog>
  );
}
