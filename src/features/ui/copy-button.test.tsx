import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from './copy-button';

describe('CopyButton', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('says Copied for two seconds, and leaves no timer running once it is gone', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { unmount } = render(<CopyButton text="curl -X GET …" label="Copy as curl" />);
    await act(async () => screen.getByRole('button', { name: 'Copy as curl' }).click());
    expect(writeText).toHaveBeenCalledWith('curl -X GET …');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('button', { name: 'Copy as curl' })).toBeInTheDocument();

    await act(async () => screen.getByRole('button', { name: 'Copy as curl' }).click());
    unmount();
    // A timer left behind fires after the page (or a test's window) has gone.
    expect(vi.getTimerCount()).toBe(0);
  });
});
