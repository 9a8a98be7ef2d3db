import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rateLimitStore } from '@/api/rate-limit';
import { SubmitButton } from './submit-button';

const block = (seconds: number) =>
  rateLimitStore.set({
    limit: 3600,
    remaining: 0,
    resetAt: null,
    observedAt: Date.now(),
    blockedUntil: Date.now() + seconds * 1000,
  });

describe('SubmitButton', () => {
  afterEach(() => {
    vi.useRealTimers();
    rateLimitStore.set(null);
  });

  it('is off while pending, and keeps focus: a second press sends nothing', async () => {
    const onSubmit = vi.fn((event: FormEvent) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <input aria-label="Name" />
        <SubmitButton pending>Save</SubmitButton>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    // Not the disabled attribute: a focused button that turns disabled drops focus to the page.
    expect(button).not.toBeDisabled();
    await userEvent.click(button);
    // Enter in a field submits by clicking the form's submit button: refused too.
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'x{Enter}');
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
  });

  it('counts down a 429 and then waits for a click', () => {
    vi.useFakeTimers();
    block(12);
    render(<SubmitButton pending={false}>Save</SubmitButton>);
    const button = screen.getByRole('button', { name: 'Wait 0:12' });
    // Off and saying why, yet focusable: the 429 answered a press of this very button.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Too many requests: the API accepts requests again then.');
    button.focus();

    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByRole('button', { name: 'Wait 0:07' })).toHaveFocus();

    act(() => vi.advanceTimersByTime(7000));
    expect(screen.getByRole('button', { name: 'Save' })).not.toHaveAttribute('aria-disabled');
  });

  it('says why it is off for a read-only key and stays focusable', () => {
    render(
      <SubmitButton pending={false} disabledReason="This key is read-only">
        Save
      </SubmitButton>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('This key is read-only');
  });
});
