import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clearFaults, failEndpoint, failNextCall, setRateLimitRemaining } from '@/mocks/demo-controls';
import { recordRequests, stubAnimations } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';
import { PRELOAD_FAILURE_ANSWERS_MS } from './-route-data';

// The pointer rests on a link (the router preloads the page), then clicks: one request in all,
// whether the answer is the page's data or a failure.

let stopRecording = () => {};
afterEach(() => {
  stopRecording();
  clearFaults();
});

function record() {
  const requests = recordRequests();
  stopRecording = requests.stop;
  return requests;
}

async function openOverview() {
  const app = await renderApp('/', { connection: 'operator' });
  const requests = record();
  const link = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
    name: 'Customers',
  });
  const listReads = () => requests.seen.filter((r) => r.method === 'GET' && r.path === '/v1/customer');
  /** The pointer rests on the link until the router's preload has asked for the list. */
  const restOnLink = async () => {
    await app.user.hover(link);
    await waitFor(() => expect(listReads()).toHaveLength(1));
  };
  return { ...app, link, listReads, restOnLink };
}

describe('a page asked for by a hover, then clicked', { timeout: 20_000 }, () => {
  it('shows a failure the hover met without asking again', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();
    failNextCall({ endpointId: 'customer.list', status: 403, code: 'PATH_RESTRICTED' });

    await restOnLink();
    await user.click(link);

    const alert = await within(screen.getByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('The customers could not be loaded');
    expect(alert).toHaveTextContent('PATH_RESTRICTED');
    expect(listReads()).toHaveLength(1);
  });

  it('after a 429 the hover met, sends nothing on the click and keeps the countdown', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();
    failNextCall({ endpointId: 'customer.list', status: 429, retryAfter: 30 });

    await restOnLink();
    await user.click(link);

    const alert = await within(screen.getByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('rate_limit_exceeded');
    expect(screen.getByRole('banner')).toHaveTextContent(/Rate limit reached · next request in/);
    expect(listReads()).toHaveLength(1);
  });

  it('asks for data once, and shows it', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();

    await restOnLink();
    await user.click(link);

    expect(await screen.findByRole('link', { name: '10000001' })).toBeVisible();
    expect(listReads()).toHaveLength(1);
  });

  it('does not ask again on a second hover over a link whose page failed', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();
    failEndpoint('customer.list', { status: 403, code: 'PATH_RESTRICTED' });

    await restOnLink();
    await user.unhover(link);
    await user.hover(link);
    await user.click(link);

    const alert = await within(screen.getByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('The customers could not be loaded');
    expect(listReads()).toHaveLength(1);
  });

  it('while the budget is low, asks nothing on a hover and once on the click', async () => {
    setRateLimitRemaining('operator', 150);
    const { user, router } = await renderApp('/customers', { connection: 'operator' });
    expect(await screen.findByRole('banner')).toHaveTextContent(/Rate limit low/);
    const requests = record();
    const link = within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
      name: 'Servers',
    });

    // What the pointer resting on the link does, awaited.
    await act(() => router.preloadRoute({ to: '/servers' }));
    expect(requests.seen).toEqual([]);
    await user.click(link);

    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeVisible();
    expect(requests.seen.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/manage/server/virtual']);
  });

  it('asks again when the click comes more than 10 s after the failure', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();
    failNextCall({ endpointId: 'customer.list', status: 403, code: 'PATH_RESTRICTED' });

    await restOnLink();
    const later = Date.now() + PRELOAD_FAILURE_ANSWERS_MS + 1000;
    vi.spyOn(Date, 'now').mockImplementation(() => later);
    await user.click(link);

    expect(await screen.findByRole('link', { name: '10000001' })).toBeVisible();
    expect(listReads()).toHaveLength(2);
  });

  it('asks again on "Try again", and shows the answer', async () => {
    const { user, link, listReads, restOnLink } = await openOverview();
    failNextCall({ endpointId: 'customer.list', status: 409, code: 'locked' });

    await restOnLink();
    await user.click(link);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: '10000001' })).toBeVisible();
    expect(listReads()).toHaveLength(2);
  });
});

describe('the request log', { timeout: 20_000 }, () => {
  beforeAll(stubAnimations);

  it('marks the call a hover made ahead of the click, and only that one', async () => {
    const { user, restOnLink } = await openOverview();
    await restOnLink();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Servers' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Servers' })).toBeVisible();

    await user.click(screen.getAllByRole('button', { name: 'Request log' })[0] as HTMLElement);
    const log = await screen.findByRole('dialog', { name: 'Request log' });
    const call = (path: string) =>
      within(log)
        .getAllByRole('button')
        .find((button) => button.textContent?.includes(`GET ${path} 200`));
    expect(call('/v1/customer')).toHaveTextContent(/Preload/);
    expect(call('/v1/manage/server/virtual')).not.toHaveTextContent(/Preload/);
    await user.type(within(log).getByRole('searchbox', { name: 'Search calls' }), 'preload');
    expect(
      within(log)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('GET /v1/customer 200')]);

    await user.click(call('/v1/customer') as HTMLElement);
    expect(within(log).getByText('Initiator').nextElementSibling).toHaveTextContent(
      'Preload. Asked ahead of a click: the pointer rested on a link (or a link took the focus), so the page opens at once.',
    );
  });
});

describe('route loaders', () => {
  it('all read the API through ensureRouteData or prefetchRouteData', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('-route-data'))
      .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
    const loaders = sources.filter(({ text }) => /\bloader:/.test(text));

    expect(loaders.length).toBeGreaterThan(15);
    const named = (found: typeof sources) => found.map(({ file }) => file);
    expect(named(sources.filter(({ text }) => /queryClient\.(ensure|prefetch|fetch)/.test(text)))).toEqual(
      [],
    );
    expect(named(loaders.filter(({ text }) => !/(ensure|prefetch)RouteData\(\s*load\b/.test(text)))).toEqual(
      [],
    );
  });
});
