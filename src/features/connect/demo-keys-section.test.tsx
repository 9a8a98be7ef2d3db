import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DemoKeysSection } from './demo-keys-section';

// jsdom drops the space between the hidden "Open the demo as " and the key's label; Chromium keeps it.
const key = (label: string) => new RegExp(`^Open the demo as ?${label}$`);
const REASON = 'The demo is opening as Operator; wait for it or for its error.';

describe('the demo keys', () => {
  it('say why the other keys wait while one demo opens, and open nothing twice', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    // Never settles: the demo is still opening for the rest of the test.
    const onOpen = (id: string) => {
      opened.push(id);
      return new Promise<void>(() => {});
    };
    render(<DemoKeysSection onOpen={onOpen} />);

    await user.click(screen.getByRole('button', { name: key('Operator') }));
    const readOnly = screen.getByRole('button', { name: key('Read-only') });
    expect(readOnly).toHaveAttribute('aria-disabled', 'true');
    expect(readOnly).toHaveAccessibleDescription(REASON);

    await user.click(readOnly);
    const shown = screen.queryAllByText(REASON).find((element) => !element.classList.contains('sr-only'));
    expect(shown).toBeVisible();
    expect(opened).toEqual(['operator']);
    expect(screen.getByRole('button', { name: key('Operator') })).toHaveAttribute('aria-busy', 'true');
  });
});
