import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { endpoint } from '@/api/catalogue';
import { apiOrigin, DEMO_BASE_URL } from '@/api/connection';
import { server } from '@/mocks/node';
import type { CustomerSummary } from './customer-search-index';

export { fill, giveScrollersHeight, recordRequests } from '@/test/app-helpers';

export function generateCustomers(count: number): CustomerSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    name: String(20_000_000 + i).padStart(8, '0'),
    description: `Kunde ${i} ${['Holding AG', 'GmbH', 'Sàrl', 'SA'][i % 4]}`,
    guid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  }));
}

/** GET /v1/customer answers with these customers (e.g. 10 000): a test-only override. */
export function serveCustomerList(customers: CustomerSummary[]): void {
  const url = apiOrigin(DEMO_BASE_URL) + endpoint('customer.list').path;
  server.use(http.get(url, () => HttpResponse.json(customers)));
}

/**
 * Picks a country in the combobox the way a user does: type, then choose the option. Then lets an
 * animation frame pass: Headless UI focuses the input again in the frame after the click, and a
 * test that types into another field before it would type into Country (e2e/fixtures.ts, the same).
 */
export async function chooseCountry(user: UserEvent, typed: string, option: RegExp): Promise<void> {
  const input = screen.getByRole('combobox', { name: 'Country' });
  await user.clear(input);
  await user.type(input, typed);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

export function field(name: string | RegExp): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}
