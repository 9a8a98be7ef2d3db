import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { draftStorageKey, readDraft, useFormDraft } from './use-form-draft';

type Values = { name: string; password: string };

function DraftForm({ onClear }: { onClear?: (clear: () => void) => void }) {
  const form = useForm<Values>({ defaultValues: { name: 'Original', password: '' } });
  const draft = useFormDraft(form, { key: 'test.form', omit: ['password'] });
  onClear?.(draft.clear);
  return (
    <form>
      <label>
        Name <input {...form.register('name')} />
      </label>
      <label>
        Password <input {...form.register('password')} />
      </label>
      <p>{form.formState.isDirty ? 'dirty' : 'clean'}</p>
      {draft.restoredAt !== null && (
        <button type="button" onClick={draft.discard}>
          Discard
        </button>
      )}
    </form>
  );
}

describe('useFormDraft', () => {
  it('restores unsaved values after a remount (a reload, or the 401 round trip) and keeps them dirty', async () => {
    const user = userEvent.setup();
    const first = render(<DraftForm />);
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Changed');
    await user.type(screen.getByLabelText('Password'), 'secret');
    first.unmount();

    expect(readDraft('test.form')?.values).toEqual({ name: 'Changed' });

    render(<DraftForm />);
    expect(screen.getByLabelText('Name')).toHaveValue('Changed');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByText('dirty')).toBeInTheDocument();
  });

  it('forgets the draft when the values are back to the defaults', async () => {
    const user = userEvent.setup();
    render(<DraftForm />);
    await user.type(screen.getByLabelText('Name'), 'x');
    expect(readDraft('test.form')).not.toBeNull();
    await user.type(screen.getByLabelText('Name'), '{Backspace}');
    expect(readDraft('test.form')).toBeNull();
  });

  it('discards on request: defaults back, nothing stored', async () => {
    sessionStorage.setItem(
      draftStorageKey('test.form'),
      JSON.stringify({ savedAt: 1, values: { name: 'Draft' } }),
    );
    const user = userEvent.setup();
    render(<DraftForm />);
    expect(screen.getByLabelText('Name')).toHaveValue('Draft');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Original');
    expect(screen.getByText('clean')).toBeInTheDocument();
    expect(readDraft('test.form')).toBeNull();
  });

  it('clear() after a save removes the draft and writes no more', async () => {
    let clear: () => void = () => undefined;
    const user = userEvent.setup();
    render(<DraftForm onClear={(fn) => (clear = fn)} />);
    await user.type(screen.getByLabelText('Name'), 'x');
    clear();
    await user.type(screen.getByLabelText('Name'), 'y');
    expect(readDraft('test.form')).toBeNull();
  });

  it('ignores a corrupt draft', () => {
    sessionStorage.setItem(draftStorageKey('test.form'), '{not json');
    render(<DraftForm />);
    expect(screen.getByLabelText('Name')).toHaveValue('Original');
  });
});
