/** Helpers for integration tests that render the app against the simulated API. */
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import { type Connection, DEMO_BASE_URL } from '@/api/connection';
import { type DemoKey, demoKey } from '@/mocks/demo-keys';
import { server } from '@/mocks/node';

/**
 * The simulated API reached with a demo key as if pasted on the connect screen: the console knows
 * no scope or capabilities for it, so refusals come from the API (`renderApp`'s key ids know them).
 */
export function pastedDemoKey(id: DemoKey['id']): Connection {
  return {
    kind: 'demo',
    baseUrl: DEMO_BASE_URL,
    apiKey: demoKey(id).key,
    keyHeader: 'bearer',
    remember: false,
  };
}

/** jsdom has no Web Animations; Headless UI would polyfill it with a warning per test. */
export function stubAnimations(): void {
  Element.prototype.getAnimations ??= () => [];
}

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

/**
 * jsdom lays nothing out; a virtualised list needs its scroller to have a height. Lists scroll with
 * the page, so the window gets it (elements too, for anything measuring a box).
 */
export function giveScrollersHeight(height = 600): void {
  installResizeObserver();
  vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
}
