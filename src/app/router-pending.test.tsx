import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render-app';

// The audit page's code arrives only when the test lets it: a page whose chunk is on its way.
const chunk = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release: () => release() };
});
vi.mock('@/features/audit/audit-page', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

// The customers list never arrives, and its loading view waits on code of its own that never
// arrives either (in a build, the loading view is a file of its own).
const never = vi.hoisted(() => new Promise<never>(() => {}));
vi.mock('@/features/customers/customer-list-page', async () => {
  await never;
});
vi.mock('@/features/customers/customer-route-states', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  CustomersLoading: () => {
    throw never;
  },
}));

describe('a page still loading', { timeout: 20_000 }, () => {
  it('says "Loading…" in the content area until the page is there', async () => {
    const { user } = await renderApp('/', { connection: 'operator' });
    const main = screen.getByRole('main');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit' }),
    );

    expect(await within(main).findByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('banner')).toBeInTheDocument();

    chunk.release();
    expect(await within(main).findByRole('heading', { level: 1, name: 'Audit' })).toBeInTheDocument();
    expect(within(main).queryByRole('status')).not.toBeInTheDocument();
  });

  it('stays inside the console when the loading view itself is still loading', async () => {
    const { user } = await renderApp('/', { connection: 'operator' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }),
    );

    expect(await within(screen.getByRole('main')).findByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('banner')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});
