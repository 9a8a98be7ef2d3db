import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { vi } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { apiOrigin, DEMO_BASE_URL } from '@/api/connection';
import { server } from '@/mocks/node';
import type { CustomerSummary } from './customer-search-index';

/** One request the simulated API received: method, documented path, JSON body. */
export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Records what reaches the simulated API (the request body as sent), until `stop()`. */
export function recordRequests() {
  const seen: SeenRequest[] = [];
  const listener = async ({ request }: { request: Request }) => {
    const text = await request.clone().text();
    seen.push({
      method: request.method,
      path: new URL(request.url).pathname.replace(/^\/demo-api/, ''),
      body: text ? JSON.parse(text) : undefined,
    });
  };
  server.events.on('request:start', listener);
  return {
    seen,
    writes: () => seen.filter((r) => r.method !== 'GET'),
    stop: () => server.events.removeListener('request:start', listener),
  };
}

/** jsdom has no ResizeObserver; Headless UI's combobox and the virtualiser look for one. */
export function installResizeObserver(): void {
  if ('ResizeObserver' in globalThis) return;
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
}

/** Types into a field at once (like a paste): these tests are about the form, not the keyboard. */
export async function fill(user: UserEvent, input: HTMLElement, text: string): Promise<void> {
  await user.click(input);
  await user.paste(text);
}

/** jsdom lays nothing out; the virtualised table needs its scroller to have a height. */
export function giveScrollersHeight(height = 600): void {
  installResizeObserver();
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
}

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

/** Picks a country in the combobox the way a user does: type, then choose the option. */
export async function chooseCountry(user: UserEvent, typed: string, option: RegExp): Promise<void> {
  const input = screen.getByRole('combobox', { name: 'Country' });
  await user.clear(input);
  await user.type(input, typed);
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
}

export function field(name: string | RegExp): HTMLInputElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}
