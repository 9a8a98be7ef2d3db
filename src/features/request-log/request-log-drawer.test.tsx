import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { requestLogStore } from '@/api/request-log';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { server } from '@/mocks/node';
import { pastedDemoKey, stubAnimations } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';

const operator = pastedDemoKey('operator');
const readonly = pastedDemoKey('readonly');

beforeAll(stubAnimations);

async function setup() {
  const app = await renderApp('/explorer', { connection: operator });
  await callEndpoint(endpoint('customer.get'), { params: { customerNumber: DEMO_CUSTOMER_NUMBER } });
  await callEndpoint(
    endpoint('customer.delete'),
    { params: { customerNumber: DEMO_CUSTOMER_NUMBER } },
    { connection: readonly },
  ).catch(() => undefined);
  return app;
}

async function openLog(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getAllByRole('button', { name: 'Request log' })[0] as HTMLElement);
  // The drawer is a lazy chunk: its first load in a test run takes a moment.
  return screen.findByRole('dialog', { name: 'Request log' }, { timeout: 15_000 });
}

// The whole app renders in each test, which takes seconds on a busy machine.
describe('RequestLogDrawer', { timeout: 30_000 }, () => {
  it('shows a call the console cancelled as Cancelled, not among the failures', async () => {
    const { user } = await setup();
    // A page left while its list loads: the console cancels the call after it went out.
    failNextCall({ endpointId: 'customer.list', kind: 'slow' });
    const controller = new AbortController();
    const started = new Promise<void>((resolve) => server.events.on('request:start', () => resolve()));
    const cancelled = callEndpoint(endpoint('customer.list'), {}, { signal: controller.signal }).catch(
      () => undefined,
    );
    await started;
    controller.abort();
    await cancelled;
    server.events.removeAllListeners('request:start');

    const dialog = await openLog(user);
    const [call] = within(dialog).getAllByRole('listitem');
    expect(call).toHaveTextContent('GET /v1/customer');
    expect(call).toHaveTextContent('Cancelled');
    expect(call).not.toHaveTextContent('Failed');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Failures only');
    expect(within(dialog).getByText('1 of 3 calls match')).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      `DELETE /v1/customer/${DEMO_CUSTOMER_NUMBER}`,
    );
  });

  it('lists calls newest first with status, code, meaning and rate limit; failures stand out', async () => {
    const { user } = await setup();
    const dialog = await openLog(user);
    const [failed, ok] = within(dialog).getAllByRole('listitem');
    expect(failed).toHaveTextContent(`DELETE /v1/customer/${DEMO_CUSTOMER_NUMBER}`);
    expect(failed).toHaveTextContent('403 Forbidden');
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent(/Code\s*METHOD_RESTRICTED/);
    // The API's own message is the documented meaning here, as it often is: said once.
    expect(failed).toHaveTextContent(
      /API says\s*You do not have permission to use this method using the token that you supplied\./,
    );
    expect(failed).toHaveTextContent(/Meaning\s*Same as the message: the documented text\./);
    expect(
      within(failed as HTMLElement).getByRole('link', { name: 'About METHOD_RESTRICTED' }),
    ).toBeInTheDocument();
    expect(ok).toHaveTextContent(`GET /v1/customer/${DEMO_CUSTOMER_NUMBER}`);
    expect(ok).toHaveTextContent('200 OK');
    expect(ok).not.toHaveTextContent('Failed');
    expect(ok).toHaveTextContent(/Rate limit: 3,\d{3} of 3,600 left/);

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'Failures only');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    expect(within(dialog).getByText('1 of 2 calls match')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Clear filters' }));
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);

    // Clearing asks first; cancelling keeps every call.
    const clear = within(dialog).getByRole('button', { name: 'Clear' });
    await user.click(clear);
    const confirm = await screen.findByRole('dialog', { name: 'Clear the request log?' });
    expect(confirm).toHaveTextContent('The 2 calls this tab has logged are removed. Export them first');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(requestLogStore.get()).toHaveLength(2);
    await user.click(clear);
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Clear the request log?' })).getByRole('button', {
        name: 'Clear the log',
      }),
    );
    expect(within(dialog).getByText('No calls yet')).toBeInTheDocument();
    expect(requestLogStore.get()).toHaveLength(0);
    expect(clear).toHaveAccessibleDescription('The log is empty.');
  });

  it('shows a call in full with the key redacted, and copies it as curl with $API_KEY', async () => {
    const { user } = await setup();
    const dialog = await openLog(user);
    const entry = within(dialog).getByRole('button', {
      name: new RegExp(`GET /v1/customer/${DEMO_CUSTOMER_NUMBER}`),
    });
    await user.click(entry);
    const heading = within(dialog).getByRole('heading', { level: 3 });
    expect(heading).toHaveFocus();
    expect(within(dialog).getByText(/\/demo-api\/v1\/customer\/10000001$/)).toBeInTheDocument();
    const requestHeaders = within(dialog)
      .getByRole('heading', { name: 'Request headers' })
      .closest('section') as HTMLElement;
    expect(requestHeaders).toHaveTextContent('Bearer •••');
    expect(within(dialog).getByRole('region', { name: 'Response body' })).toHaveTextContent(
      `"name": "${DEMO_CUSTOMER_NUMBER}"`,
    );
    expect(document.body).not.toHaveTextContent(operator.apiKey);

    await user.click(within(dialog).getByRole('button', { name: 'Copy as curl' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain(`curl -X GET 'http://localhost`);
    expect(copied).toContain('-H "Authorization: Bearer $API_KEY"');
    expect(copied).not.toContain(operator.apiKey);
    expect(copied).not.toContain('•••');

    await user.click(within(dialog).getByRole('button', { name: '← All calls' }));
    expect(
      within(dialog).getByRole('button', { name: new RegExp(`GET /v1/customer/${DEMO_CUSTOMER_NUMBER}`) }),
    ).toHaveFocus();
  });

  it('opens a call in the explorer with its params and body, never the masked password', async () => {
    const { user, router } = await renderApp('/explorer', { connection: operator });
    await callEndpoint(endpoint('user.create'), {
      params: { customerNumber: DEMO_CUSTOMER_NUMBER },
      body: { lastname: 'Muster', firstname: 'Max', password: 'Xk9!mP2#vL7q-Tr4' },
    });
    const call = requestLogStore.get()[0];
    expect(call?.requestBody).toMatchObject({ password: '•••' });

    const dialog = await openLog(user);
    await user.click(within(dialog).getByRole('button', { name: /POST \/v1\/customer\/user\// }));
    await user.click(within(dialog).getByRole('link', { name: 'Open in explorer' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Request log' })).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ endpoint: 'user.create', call: call?.id }),
    );
    const form = await screen.findByRole('form', { name: 'Request to user.create' });
    expect(within(form).getByRole('textbox', { name: /^customerNumber/ })).toHaveValue(DEMO_CUSTOMER_NUMBER);
    expect(within(form).getByRole('textbox', { name: /^lastname/ })).toHaveValue('Muster');
    expect(within(form).getByRole('textbox', { name: /^firstname/ })).toHaveValue('Max');
    expect(within(form).getByLabelText(/^password/)).toHaveValue('');
  });
});
