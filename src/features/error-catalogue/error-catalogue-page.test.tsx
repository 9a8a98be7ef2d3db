import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, STATUS_MEANINGS } from '@/api/error-catalogue';
import { requestLogStore } from '@/api/request-log';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { renderApp } from '@/test/render-app';

afterEach(() => vi.unstubAllEnvs());

describe('error catalogue page', { timeout: 20_000 }, () => {
  it('lists every status and code of both editions once, with edition, meaning and handling', async () => {
    await renderApp('/errors', { connection: 'operator' });
    await screen.findByRole('heading', { level: 1, name: 'Error codes' });
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const expected = [...Object.keys(STATUS_MEANINGS), ...Object.keys(ERROR_CODES)];
    expect(titles.sort()).toEqual(expected.sort());
    expect(new Set(titles).size).toBe(titles.length);

    const tooMany = screen.getByRole('article', { name: '429' });
    expect(tooMany).toHaveTextContent('Current edition');
    expect(tooMany).toHaveTextContent('Too Many Requests - Server received too many requests');
    expect(tooMany).toHaveTextContent(/Waits: the header banner counts down Retry-After/);
    expect(screen.getByRole('article', { name: '404' })).toHaveTextContent('Both editions');
    expect(screen.getByRole('article', { name: 'PATH_RESTRICTED' })).toHaveTextContent('Older edition');
    expect(screen.getByRole('article', { name: 'PATH_RESTRICTED' })).toHaveTextContent(
      /disables only what was refused/,
    );
    // A field's error is marked there, and the status, code and meaning are said all the same.
    expect(screen.getByRole('article', { name: 'invalid_input' })).toHaveTextContent(
      /Marks the field the answer names .* whether or not a field was named/,
    );
    // Not a demo build under vitest: no fault controls to inject with.
    expect(screen.queryByRole('button', { name: /^Show me/ })).not.toBeInTheDocument();
  });

  it('picks out the linked entry, and says when a code is not documented', async () => {
    const { router } = await renderApp('/errors?entry=invalid_input', { connection: 'operator' });
    const entry = await screen.findByRole('article', { name: 'invalid_input' });
    expect(entry).toHaveAttribute('aria-current', 'true');
    await waitFor(() => expect(entry).toHaveFocus());

    await router.navigate({ to: '/errors', search: { entry: 'teapot_error' } });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'teapot_error is not in the API documentation: neither edition lists it.',
    );
  });

  it('finds entries by words, and in the demo shows a code through the fault controls', async () => {
    vi.stubEnv('VITE_DEMO', 'true');
    const { user } = await renderApp('/errors', { connection: 'operator' });
    await user.type(await screen.findByRole('searchbox', { name: 'Find a status or code' }), 'zonename');
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => within(a).getByRole('heading').textContent)).toEqual(['ZONE_ALREADY_IN_USE']);

    // Slow enough to see it sending: busy, and still focusable (it keeps the keyboard's place).
    faultStore.set({ ...NO_FAULTS, latencyMs: 300 });
    const showMe = screen.getByRole('button', { name: 'Show me ZONE_ALREADY_IN_USE' });
    await user.click(showMe);
    expect(showMe).toHaveAttribute('aria-busy', 'true');
    expect(showMe).not.toBeDisabled();
    const panel = await screen.findByRole('alert');
    faultStore.set(NO_FAULTS);
    expect(panel).toHaveTextContent('409');
    expect(panel).toHaveTextContent('ZONE_ALREADY_IN_USE');
    expect(panel).toHaveTextContent('This zonename is already in use.');
    expect(requestLogStore.get()[0]).toMatchObject({ code: 'ZONE_ALREADY_IN_USE', status: 409 });
  });

  it('keeps the search in the URL, so a reload or a shared link finds the same entries', async () => {
    const first = await renderApp('/errors', { connection: 'operator' });
    await first.user.type(await screen.findByRole('searchbox', { name: 'Find a status or code' }), 'locked');
    await waitFor(() => expect(first.router.state.location.search).toMatchObject({ q: 'locked' }));
    const link = first.router.state.location.href;
    first.unmount();

    await renderApp(link, { connection: 'operator' });
    expect(await screen.findByRole('searchbox', { name: 'Find a status or code' })).toHaveValue('locked');
    const headings = screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);
    expect(headings).toContain('locked');
    expect(headings.length).toBeLessThan(10);
  });
});
