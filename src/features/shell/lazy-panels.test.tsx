import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { LazyConfirmDialog } from './lazy-panels';

// This file imports no dialog code up front, as the shell on a first load: the dialog's code
// (Headless UI) loads on the first open, after its opener was focused.
function SignOutButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Sign out
      </button>
      <LazyConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Sign out with unsaved changes?"
        confirmLabel="Sign out and discard changes"
        onConfirm={() => setOpen(false)}
      />
    </>
  );
}

it('gives the focus back to the button that opened it, on the first open too', async () => {
  const user = userEvent.setup();
  render(<SignOutButton />);
  const button = screen.getByRole('button', { name: 'Sign out' });

  for (const close of ['{Escape}', 'cancel'] as const) {
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Sign out with unsaved changes?' });
    if (close === 'cancel') await user.click(screen.getByRole('button', { name: 'Cancel' }));
    else await user.keyboard(close);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  }
});
