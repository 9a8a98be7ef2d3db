import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

// Every create form in the console, sent empty: each field marked invalid must also say why to a
// screen reader (its accessible description), whatever control renders it.
const FORMS = [
  ['/customers/new', 'Create customer'],
  ['/directory/10000001/users/new', 'Create user'],
  ['/directory/10000001/groups/new', 'Create group'],
  ['/dns/new', 'Create zone'],
  ['/internet/asns/new', 'Review price and order'],
  ['/internet/resources', 'Order resource'],
  ['/internet/tunnel', 'Create tunnel'],
  ['/tools/ssh', 'Check'],
  ['/tools/movie', 'Look up'],
] as const;

describe('a form sent empty', () => {
  it.each(FORMS)('%s: every invalid field is described by its error', async (path, submit) => {
    const { user } = await renderApp(path, { connection: 'operator' });
    await user.click(await screen.findByRole('button', { name: submit }));
    await waitFor(() => expect(document.querySelector('[aria-invalid="true"]')).not.toBeNull());
    const invalid = [...document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
    for (const control of invalid) {
      const errorIds = (control.getAttribute('aria-describedby') ?? '').split(' ');
      const errorText = errorIds.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      expect(errorText.trim(), `${control.id} has no error in its description`).not.toBe('');
      expect(control).toHaveAccessibleDescription();
    }
  });
});
