import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codeMeaning } from '@/api/error-catalogue';
import { realClock } from '@/features/bulk/bulk-runner';
import { formatDuration } from '@/features/rate-limit/format-duration';
import { failNextCall, getRateLimit, setRateLimitRemaining } from '@/mocks/demo-controls';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { call } from '@/mocks/test-helpers';
import { renderApp } from '@/test/render-app';
import { CUSTOMER, useDirectoryTestEnvironment } from '../test/directory-test-helpers';

vi.setConfig({ testTimeout: 60_000 });

/**
 * The runner's clock, controlled: Date is fake (the simulated API's bucket, the client's
 * rate-limit readings and the runner all read it) and a wait moves it forward at once.
 */
function controlTheClock() {
  vi.useFakeTimers({ toFake: ['Date'] });
  const waited: number[] = [];
  vi.spyOn(realClock, 'sleep').mockImplementation(async (ms) => {
    waited.push(ms);
    vi.setSystemTime(Date.now() + ms);
  });
  return { waitedMs: () => waited.reduce((a, b) => a + b, 0) };
}

async function addUsers(count: number) {
  for (let i = 1; i <= count; i++) {
    const created = await call('user.create', {
      params: { customerNumber: CUSTOMER },
      body: { lastname: `Bulk${String(i).padStart(2, '0')}`, firstname: 'Test' },
    });
    expect(created.status).toBe(200);
  }
}

describe('bulk actions on users', () => {
  const env = useDirectoryTestEnvironment();
  afterEach(() => vi.useRealTimers());

  describe('on a budget of 20', () => {
    let clock: ReturnType<typeof controlTheClock>;
    beforeEach(async () => {
      await addUsers(40);
      clock = controlTheClock();
      setRateLimitRemaining('operator', 20);
    });

    it('deletes 50 users, waiting for the refill instead of going into the reserve', async () => {
      const { user } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
      expect(screen.getByText('50 users')).toBeInTheDocument();

      await user.click(screen.getByRole('checkbox', { name: 'Select all 50 shown users' }));
      const toolbar = screen.getByRole('region', { name: 'Bulk actions' });
      expect(within(toolbar).getByRole('status')).toHaveTextContent('50 selected');
      await user.click(within(toolbar).getByRole('button', { name: 'Delete' }));

      const dialog = await screen.findByRole('dialog', { name: `Delete 50 users of customer ${CUSTOMER}?` });
      // Five are named; the rest are counted.
      expect(within(dialog).getByText('and 45 more users')).toBeVisible();
      // Loading the page spent some of the 20; the rest is short of the reserve by this much.
      const left = getRateLimit('operator').remaining;
      expect(left).toBeLessThan(20);
      const refillSeconds = 50 - (left - 180);
      expect(dialog).toHaveTextContent(
        `Cost: 50 requests; ${left} remain, 180 kept in reserve; about ${formatDuration(refillSeconds * 1000)} of refill needed.`,
      );
      const before = env.seen().length;
      await user.click(within(dialog).getByRole('button', { name: 'Delete 50 users' }));

      expect(
        await within(dialog).findByText('50 users deleted.', undefined, { timeout: 30_000 }),
      ).toBeVisible();
      const during = env.seen().slice(before);
      // One DELETE each, none refused with 429 and sent again, and the list read once at the end.
      expect(during.filter((r) => r.method === 'DELETE')).toHaveLength(50);
      expect(during.filter((r) => r.method === 'GET')).toHaveLength(1);
      // Until more than the reserve was left, then one a second: no request spent from the reserve.
      expect(clock.waitedMs()).toBeGreaterThanOrEqual((refillSeconds - 1) * 1000);
      expect(getRateLimit('operator').remaining).toBeGreaterThanOrEqual(179);

      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      expect(await screen.findByText('This customer has no users yet')).toBeInTheDocument();
    });
  });

  it('shows failures with their reason, and “Retry failed” sends only those again', async () => {
    controlTheClock();
    const ids = [2, 4].map((n) => `${CUSTOMER}_${n}`);
    // The API refuses user _2 (409 locked) and loses the answer to user _4 (500 after deleting it).
    const faults = ({ request }: { request: Request }) => {
      if (request.method !== 'DELETE') return;
      if (request.url.endsWith(`/${ids[0]}`))
        failNextCall({ endpointId: 'user.delete', status: 409, code: 'locked' });
      if (request.url.endsWith(`/${ids[1]}`))
        failNextCall({ endpointId: 'user.delete', status: 500, code: 'server_error', afterWrite: true });
    };
    server.events.on('request:start', faults);
    try {
      const { user } = await renderApp(`/directory/${CUSTOMER}/users?sort=username`, {
        connection: 'operator',
      });
      for (const n of [1, 2, 3, 4, 5]) {
        const row = screen.getByRole('cell', { name: `${CUSTOMER}_${n}` }).closest('tr') as HTMLElement;
        await user.click(within(row).getByRole('checkbox'));
      }
      await user.click(screen.getByRole('button', { name: 'Delete' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Delete 5 users' }));

      expect(
        await within(dialog).findByText('3 users deleted, 1 failed, 1 with the outcome unknown.'),
      ).toBeVisible();
      const failed = within(dialog).getByRole('heading', { name: 'Failed' }).parentElement as HTMLElement;
      expect(failed).toHaveTextContent(ids[0] as string);
      expect(failed).toHaveTextContent('409 locked');
      expect(failed).toHaveTextContent('because there is already an Action running');
      // The demo's message is the documented meaning, as the API's often is: said once.
      expect(failed.textContent?.split(codeMeaning('locked') ?? 'missing meaning')).toHaveLength(2);
      const lost = within(dialog).getByRole('heading', { name: 'Outcome unknown — may have been done' })
        .parentElement as HTMLElement;
      expect(lost).toHaveTextContent(ids[1] as string);
      expect(lost).toHaveTextContent('500 server_error');
      // Said by the heading, not again by each item.
      expect(lost.textContent?.split('Outcome unknown')).toHaveLength(2);

      const writesBefore = env.writes().length;
      await user.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
      expect(dialog).toHaveTextContent(ids[0] as string);
      expect(dialog).not.toHaveTextContent(ids[1] as string);
      server.events.removeListener('request:start', faults);
      await user.click(within(dialog).getByRole('button', { name: 'Delete 1 user' }));
      // The summary is the whole action's: the first run's three, the retried one, the lost one.
      expect(await within(dialog).findByText('4 users deleted, 1 with the outcome unknown.')).toBeVisible();
      const retried = env.writes().slice(writesBefore);
      expect(retried.map((r) => r.path)).toEqual([expect.stringMatching(new RegExp(`/${ids[0]}$`))]);
    } finally {
      server.events.removeListener('request:start', faults);
    }
  });

  it('cancels the rest: the request in flight ends, nothing more is sent, and Cancel keeps focus', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users`, { connection: 'operator' });
    await user.click(screen.getByRole('checkbox', { name: /^Select all \d+ shown users$/ }));
    await user.click(
      within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Delete' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /^Delete \d+ users of customer/ });
    // Slow answers: the cancel lands while the first DELETE is on its way.
    faultStore.set({ ...NO_FAULTS, latencyMs: 400 });
    try {
      await user.click(within(dialog).getByRole('button', { name: /^Delete \d+ users$/ }));
      const cancel = await within(dialog).findByRole('button', { name: 'Cancel the rest' });
      await user.click(cancel);
      expect(within(dialog).getByRole('status')).toHaveTextContent('Stopping after the request in flight…');
      // Busy, not disabled: a focused button that turned disabled would drop the keyboard's place.
      expect(cancel).toHaveAttribute('aria-busy', 'true');
      expect(cancel).not.toBeDisabled();
      expect(cancel).toHaveFocus();
      expect(within(dialog).getByRole('button', { name: 'Pause' })).toHaveAccessibleDescription(
        'Stopping after the request in flight…',
      );
      expect(await within(dialog).findByText(/not started/, undefined, { timeout: 10_000 })).toBeVisible();
    } finally {
      faultStore.set(NO_FAULTS);
    }
    expect(env.writes()).toHaveLength(1);
  });

  it('after “Retry failed”, still shows the passwords the first run set', async () => {
    const first = `${CUSTOMER}_1`;
    // The API refuses the first user's reset once (409 locked); the other two are reset.
    let refused = false;
    const faults = ({ request }: { request: Request }) => {
      if (request.method === 'PUT' && request.url.endsWith(`/${first}`) && !refused) {
        refused = true;
        failNextCall({ endpointId: 'user.update', status: 409, code: 'locked' });
      }
    };
    server.events.on('request:start', faults);
    try {
      const { user } = await renderApp(`/directory/${CUSTOMER}/users?sort=username`, {
        connection: 'operator',
      });
      for (const n of [1, 2, 3]) {
        const row = screen.getByRole('cell', { name: `${CUSTOMER}_${n}` }).closest('tr') as HTMLElement;
        await user.click(within(row).getByRole('checkbox'));
      }
      await user.click(screen.getByRole('button', { name: 'Reset passwords' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Reset passwords of 3 users' }));
      expect(await within(dialog).findByText('2 users reset, 1 failed.')).toBeVisible();

      await user.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
      await user.click(within(dialog).getByRole('button', { name: 'Reset passwords of 1 user' }));
      expect(await within(dialog).findByText('3 users reset.')).toBeVisible();
      // Headed by the whole action too, not by the retry of one.
      expect(dialog).toHaveAccessibleName('Reset the passwords of 3 users?');
      // Every password the API accepted, the first run's two included, is shown.
      const passwords = env
        .writes()
        .filter((w) => w.method === 'PUT')
        .slice(1)
        .map((w) => (w.body as { password: string }).password);
      expect(passwords).toHaveLength(3);
      for (const password of passwords) expect(within(dialog).getByText(password)).toBeVisible();
    } finally {
      server.events.removeListener('request:start', faults);
    }
  });

  it('resets the passwords of the selected users with the single reset’s PUT and shows them once', async () => {
    const { user } = await renderApp(`/directory/${CUSTOMER}/users?q=buhl`, { connection: 'operator' });
    await user.click(screen.getByRole('checkbox', { name: 'Select all 1 shown user' }));
    await user.click(screen.getByRole('button', { name: 'Reset passwords' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the passwords of 1 user?' });
    expect(dialog).toHaveTextContent('Their current passwords stop working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Reset passwords of 1 user' }));

    expect(await within(dialog).findByText('1 user reset.')).toBeVisible();
    expect(env.writes()).toHaveLength(1);
    const [put] = env.writes();
    expect(put).toMatchObject({ method: 'PUT', path: expect.stringMatching(new RegExp(`/${CUSTOMER}_1$`)) });
    const password = (put?.body as { password?: string } | undefined)?.password ?? '';
    expect(password).not.toBe('');
    expect(within(dialog).getByText(password)).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Copy the password of Bühl, Kevin' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(password)).not.toBeInTheDocument();
  });
});
