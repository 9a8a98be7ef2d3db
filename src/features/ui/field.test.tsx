import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './field';

function Name({ error }: { error?: string }) {
  return (
    <Field label="Name" error={error}>
      {(control) => <input {...control} />}
    </Field>
  );
}

describe('Field', () => {
  it('shows a message that appears during a press after the press’s click, and at once otherwise', async () => {
    const { rerender } = render(<Name />);
    fireEvent.pointerDown(document.body);
    rerender(<Name error="Enter a name" />);
    expect(screen.queryByText('Enter a name')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
    fireEvent.pointerUp(document.body);
    expect(await screen.findByText('Enter a name')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter a name');

    rerender(<Name error="Use letters only" />);
    expect(screen.getByText('Use letters only')).toBeInTheDocument();
  });
});
