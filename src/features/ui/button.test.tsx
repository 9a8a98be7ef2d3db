import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './button';

const REASON = 'Select calls to export first.';
/** The reason as shown on the screen, not the description screen readers hear. */
const shownReason = () =>
  screen.queryAllByText(REASON).find((element) => !element.classList.contains('sr-only'));

describe('Button with a reason it is off', () => {
  it('shows the reason when clicked anyway, without acting, and hides it on the next press', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <>
        <Button disabledReason={REASON} onClick={onClick}>
          Export as HAR
        </Button>
        <Button>Elsewhere</Button>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Export as HAR' });
    expect(button).toHaveAccessibleDescription(REASON);
    expect(shownReason()).toBeUndefined();

    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(shownReason()).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(shownReason()).toBeUndefined();
  });

  it('drops the reason once the button is on again, and does not bring it back later', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Button disabledReason={REASON}>Export as HAR</Button>);
    await user.click(screen.getByRole('button', { name: 'Export as HAR' }));
    expect(shownReason()).toBeVisible();
    rerender(<Button disabledReason={null}>Export as HAR</Button>);
    expect(shownReason()).toBeUndefined();
    rerender(<Button disabledReason={REASON}>Export as HAR</Button>);
    expect(shownReason()).toBeUndefined();
  });

  it('lets the reason go by itself after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Button disabledReason={REASON}>Export as HAR</Button>);
      await user.click(screen.getByRole('button', { name: 'Export as HAR' }));
      expect(shownReason()).toBeVisible();
      act(() => vi.advanceTimersByTime(5_000));
      expect(shownReason()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing when it is only busy or off without a reason', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Button pending>Saving</Button>
        <Button disabled>Off</Button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Saving' }));
    expect(document.body.querySelectorAll('body > span')).toHaveLength(0);
  });
});
