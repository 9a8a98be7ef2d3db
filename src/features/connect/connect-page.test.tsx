import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connectionStore, DEMO_BASE_URL } from '@/api/connection';
import { codeMeaning, STATUS_MEANINGS } from '@/api/error-catalogue';
import { requestLogStore } from '@/api/request-log';
import { failNextCall } from '@/mocks/demo-controls';
import { demoKey } from '@/mocks/demo-keys';
import { faultStore, NO_FAULTS } from '@/mocks/faults';
import { apiHandler } from '@/mocks/handlers';
import { server } from '@/mocks/node';
import { renderApp } from '@/test/render-app';

const STORAGE_KEY = '4b42.connection';

async function fillForm(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  {
    baseUrl = DEMO_BASE_URL,
    apiKey,
    remember = false,
  }: { baseUrl?: string; apiKey: string; remember?: boolean },
) {
  const url = screen.getByLabelText('Base URL');
  await user.clear(url);
  await user.type(url, baseUrl);
  await user.type(screen.getByLabelText('API key'), apiKey);
  await user.click(screen.getByRole('radio', { name: /4b42-KEY/ }));
  if (remember) await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
  await user.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('connect screen', () => {
  it('shows a 401 with the documented meaning, keeps every typed value and does not connect', async () => {
    const { user, router } = await renderApp('/connect');
    await fillForm(user, { apiKey: 'not-a-valid-key', remember: true });

    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('The API rejected this key (401)');
    expect(panel).toHaveTextContent(STATUS_MEANINGS[401] as string);
    // The meaning shown is the documented one for whatever code the API sent.
    const code = within(panel).getByText((_, el) => el?.tagName === 'CODE').textContent ?? '';
    expect(panel).toHaveTextContent(codeMeaning(code) ?? (STATUS_MEANINGS[401] as string));

    expect(screen.getByLabelText('Base URL')).toHaveValue(DEMO_BASE_URL);
    // The key's field says what to check, and has the focus to change it.
    const keyField = screen.getByLabelText('API key');
    expect(keyField).toHaveValue('not-a-valid-key');
    expect(keyField).toHaveAccessibleDescription(/The API rejected this key: check it, and the key header/);
    expect(keyField).toHaveAttribute('aria-invalid', 'true');
    expect(keyField).toHaveFocus();
    expect(screen.getByRole('radio', { name: /4b42-KEY/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Remember on this device' })).toBeChecked();
    expect(connectionStore.get()).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(router.state.location.pathname).toBe('/connect');
  });

  it('marks the key until it is changed, and the base URL when no API answers there', async () => {
    const { user } = await renderApp('/connect');
    await fillForm(user, { apiKey: 'not-a-valid-key' });
    const keyField = screen.getByLabelText('API key');
    await waitFor(() => expect(keyField).toHaveAttribute('aria-invalid', 'true'));
    await user.type(keyField, 'x');
    expect(keyField).not.toHaveAttribute('aria-invalid');

    failNextCall({ kind: 'network', endpointId: 'customer.list' });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    const urlField = screen.getByLabelText('Base URL');
    await waitFor(() =>
      expect(urlField).toHaveAccessibleDescription(/No answer from this address: check the URL/),
    );
    expect(urlField).toHaveFocus();
    expect(keyField).not.toHaveAttribute('aria-invalid');
  });

  it('connects with a valid key, keeps it in this tab only, and never puts it in the URL', async () => {
    const { key } = demoKey('operator');
    const { user, router } = await renderApp('/connect?redirect=%2Fexplorer');
    await fillForm(user, { apiKey: key });

    await waitFor(() => expect(router.state.location.pathname).toBe('/explorer'));
    expect(connectionStore.get()).toMatchObject({
      apiKey: key,
      baseUrl: DEMO_BASE_URL,
      keyHeader: '4b42-KEY',
    });
    expect(sessionStorage.getItem(STORAGE_KEY)).toContain(key);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(router.state.location.href).not.toContain(key);
    expect(window.location.href).not.toContain(key);
  });

  it.each([
    ['two slashes', '%2F%2Fevil.example'],
    ['a backslash', '%2F%5Cevil.example'],
  ])('never follows a redirect to another host (%s): it opens the console home', async (_, redirect) => {
    const { key } = demoKey('operator');
    const { user, router } = await renderApp(`/connect?redirect=${redirect}`);
    await fillForm(user, { apiKey: key });

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(window.location.host).not.toBe('evil.example');
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('warns, without blocking, that a key for an http:// API off this machine travels unencrypted', async () => {
    const { user } = await renderApp('/connect');
    const url = screen.getByLabelText('Base URL');
    const warning = () => screen.queryByText(/Not encrypted/);
    expect(warning()).toBeNull();

    await user.clear(url);
    await user.type(url, 'http://api.example.test/v1');
    expect(warning()).toHaveTextContent('travels in clear text to api.example.test');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('Not encrypted'));
    expect(screen.getByRole('button', { name: 'Connect' })).toBeEnabled();

    for (const local of [
      'http://localhost:8080/v1',
      'http://127.0.0.1/v1',
      'http://[::1]:3000',
      'https://api.example.test/v1',
    ]) {
      await user.clear(url);
      await user.paste(local);
      expect(warning(), local).toBeNull();
    }
  });

  it('remembers the key on this device only when asked', async () => {
    const { key } = demoKey('operator');
    const { user, router } = await renderApp('/connect');
    await fillForm(user, { apiKey: key, remember: true });

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(localStorage.getItem(STORAGE_KEY)).toContain(key);
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  /** The simulated API at a real API's address, as the form reaches one. */
  const REAL_API = 'https://api.example.test/v1';
  const connectToRealApi = async () => {
    server.use(apiHandler('', new URL(REAL_API).origin));
    const { key } = demoKey('operator');
    const app = await renderApp('/connect');
    await fillForm(app.user, { baseUrl: REAL_API, apiKey: key });
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/'));
    await screen.findByRole('navigation', { name: 'Main' });
    return { ...app, key };
  };
  const expectFormFromLastApi = (key: string) => {
    expect(screen.getByLabelText('Base URL')).toHaveValue(REAL_API);
    expect(screen.getByRole('radio', { name: /4b42-KEY/ })).toBeChecked();
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Remember on this device' })).not.toBeChecked();
    // Not remembered: kept in this tab only, and never with the key.
    expect(Object.values({ ...localStorage }).join()).not.toContain('api.example.test');
    expect(Object.values({ ...sessionStorage }).join()).not.toContain(key);
  };

  it('after a sign-out, starts from the API and key header last connected to, without the key', async () => {
    const { user, key } = await connectToRealApi();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText(/^Signed out/)).toBeInTheDocument();
    expectFormFromLastApi(key);
  });

  it('after the API rejects the key, the new key goes to the same API', async () => {
    const { router, key } = await connectToRealApi();
    failNextCall({ status: 401, endpointId: 'user.list' });
    await router.navigate({ to: '/directory/$customerNumber/users', params: { customerNumber: '10000001' } });

    expect(await screen.findByText(/rejected the key \(401/)).toBeInTheDocument();
    expectFormFromLastApi(key);
  });

  it('a key refused the customer list (403) is accepted: the form asks whom it is for, then connects', async () => {
    const { key } = demoKey('readonly');
    faultStore.set({
      ...NO_FAULTS,
      next: {
        kind: 'error',
        status: 403,
        code: 'PATH_RESTRICTED',
        message: 'Path restricted',
        endpointId: 'customer.list',
      },
    });
    const { user, router } = await renderApp('/connect');
    await fillForm(user, { apiKey: key });

    // The list was refused, so whom the key reaches cannot be told: the form asks, keeping the key.
    expect(await screen.findByRole('status')).toHaveTextContent(/403 PATH_RESTRICTED.*Which customer number/);
    expect(screen.getByRole('radio', { name: /One customer/ })).toBeChecked();
    const number = screen.getByRole('textbox', { name: 'Customer number' });
    await waitFor(() => expect(number).toHaveFocus());
    expect(screen.getByLabelText('API key')).toHaveValue(key);
    await user.type(number, '10000001');
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(connectionStore.get()).toMatchObject({
      apiKey: key,
      scope: { customerNumber: '10000001', source: 'manual' },
    });
    expect(await screen.findByText(/Scope you chose/)).toBeInTheDocument();
  });

  it('says that the API rejected the key and that drafts are kept', async () => {
    await renderApp('/connect?reason=unauthorized');
    expect(screen.getByRole('alert')).toHaveTextContent(/rejected the key \(401/);
    expect(screen.getByRole('alert')).toHaveTextContent(/keep their drafts/);
  });

  it('says that the user signed out', async () => {
    await renderApp('/connect?reason=signed-out');
    expect(screen.getByRole('status')).toHaveTextContent('Signed out');
  });

  it('validates the form before calling the API', async () => {
    const { user } = await renderApp('/connect');
    await user.clear(screen.getByLabelText('Base URL'));
    await user.type(screen.getByLabelText('Base URL'), 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    expect(await screen.findByText(/Enter an http\(s\) URL/)).toBeInTheDocument();
    expect(screen.getByText('Enter the API key.')).toBeInTheDocument();
    expect(screen.getByLabelText('API key')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Base URL')).toHaveFocus();

    // The messages then follow the typing.
    await user.type(screen.getByLabelText('API key'), 'k');
    expect(screen.queryByText('Enter the API key.')).not.toBeInTheDocument();
    expect(screen.getByText(/Enter an http\(s\) URL/)).toBeInTheDocument();
    expect(requestLogStore.get()).toHaveLength(0);
  });

  it('checks the key once however often the form is sent while it checks', async () => {
    // An answer that takes a moment, as a real API's does.
    faultStore.set({ ...NO_FAULTS, latencyMs: 400 });
    onTestFinished(() => faultStore.set(NO_FAULTS));
    const { user } = await renderApp('/connect');
    const url = screen.getByLabelText('Base URL');
    await user.clear(url);
    await user.type(url, DEMO_BASE_URL);
    await user.type(screen.getByLabelText('API key'), 'not-a-valid-key{Enter}{Enter}');
    expect(screen.getByRole('button', { name: 'Checking the key…' })).toBeInTheDocument();

    expect(await screen.findByRole('alert')).toHaveTextContent('The API rejected this key (401)');
    expect(requestLogStore.get()).toHaveLength(1);
  });

  it('shows and hides the key', async () => {
    const { user } = await renderApp('/connect');
    const input = screen.getByLabelText('API key');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'off');
    await user.click(screen.getByRole('button', { name: 'Show key' }));
    expect(input).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Hide key' }));
    expect(input).toHaveAttribute('type', 'password');
  });
});
