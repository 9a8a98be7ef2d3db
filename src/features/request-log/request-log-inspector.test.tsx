import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint } from '@/api/catalogue';
import { callEndpoint } from '@/api/client';
import { codeMeaning } from '@/api/error-catalogue';
import { requestLogStore } from '@/api/request-log';
import { failNextCall } from '@/mocks/demo-controls';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { pastedDemoKey, stubAnimations } from '@/test/app-helpers';
import { renderApp } from '@/test/render-app';
import { fromHar, toHar } from './har';

const operator = pastedDemoKey('operator');

beforeAll(stubAnimations);

const quietly = (promise: Promise<unknown>) => promise.catch(() => undefined);

/** Five calls: two fine, a 404, an injected 500 and a network failure, across three areas. */
async function fillLog() {
  const app = await renderApp('/explorer', { connection: operator });
  await callEndpoint(endpoint('customer.get'), { params: { customerNumber: DEMO_CUSTOMER_NUMBER } });
  await callEndpoint(endpoint('user.list'), { params: { customerNumber: DEMO_CUSTOMER_NUMBER } });
  await quietly(callEndpoint(endpoint('customer.get'), { params: { customerNumber: '99999999' } }));
  failNextCall({ endpointId: 'user.list', status: 500, code: 'server_error' });
  await quietly(callEndpoint(endpoint('user.list'), { params: { customerNumber: DEMO_CUSTOMER_NUMBER } }));
  failNextCall({ endpointId: 'exchange.list', kind: 'network' });
  await quietly(callEndpoint(endpoint('exchange.list')));
  return app;
}

async function openLog(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getAllByRole('button', { name: 'Request log' })[0] as HTMLElement);
  return screen.findByRole('dialog', { name: 'Request log' }, { timeout: 15_000 });
}

const rows = (dialog: HTMLElement) =>
  within(dialog)
    .queryAllByRole('listitem')
    .map((li) => within(li).getAllByRole('button')[0]?.textContent ?? '');

describe('request log inspector', { timeout: 30_000 }, () => {
  it('filters by status class, area, endpoint, error code and free text', async () => {
    const { user } = await fillLog();
    const notFoundCode = requestLogStore.get()[2]?.code as string;
    expect(notFoundCode).toBeTruthy();
    const dialog = await openLog(user);
    const pick = (name: string, option: string) =>
      user.selectOptions(within(dialog).getByRole('combobox', { name }), option);
    const clear = () => user.click(within(dialog).getByRole('button', { name: 'Clear filters' }));
    expect(rows(dialog)).toHaveLength(5);

    await pick('Status', '5xx server error');
    expect(rows(dialog)).toEqual([expect.stringMatching(/GET \/v1\/customer\/user\/10000001.*500/)]);
    await pick('Status', 'No answer');
    expect(rows(dialog)).toEqual([expect.stringMatching(/GET \/v1\/internet\/exchange.*No answer/)]);
    await pick('Status', '2xx success');
    expect(rows(dialog)).toHaveLength(2);
    await clear();
    // The button goes with the filters: the keyboard's place is the search box.
    expect(within(dialog).queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('searchbox', { name: 'Search calls' })).toHaveFocus();

    await pick('Area', 'Users, groups and UPN suffixes');
    expect(rows(dialog)).toHaveLength(2);
    expect(rows(dialog).every((r) => r.includes('/v1/customer/user/'))).toBe(true);
    await clear();

    await pick('Endpoint', 'GET /v1/customer/{customerNumber}');
    expect(rows(dialog)).toHaveLength(2);
    await clear();

    await pick('Error code', notFoundCode);
    expect(rows(dialog)).toEqual([expect.stringMatching(/99999999/)]);
    await clear();

    await user.type(within(dialog).getByRole('searchbox', { name: 'Search calls' }), 'server_error user');
    expect(rows(dialog)).toEqual([expect.stringMatching(/customer\/user.*500/)]);
    expect(within(dialog).getByText('1 of 5 calls match')).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('searchbox', { name: 'Search calls' }));
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search calls' }), 'nothing like this');
    expect(within(dialog).getByText('No call matches the filters')).toBeInTheDocument();
  });

  it('says when a code is not documented and links it to the error codes', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    failNextCall({
      endpointId: 'customer.list',
      status: 418,
      code: 'teapot_error',
      message: 'I am a teapot.',
    });
    await quietly(callEndpoint(endpoint('customer.list')));
    const dialog = await openLog(user);
    const [row] = within(dialog).getAllByRole('listitem');
    expect(row).toHaveTextContent(/teapot_error\s*\(not in the API documentation\)/);
    expect(row).toHaveTextContent(/API says\s*I am a teapot\./);
    expect(row).toHaveTextContent(/Meaning\s*Undocumented error code teapot_error with status 418\./);
    const link = within(row as HTMLElement).getByRole('link', {
      name: 'teapot_error is not documented: see the error codes',
    });
    await user.click(link);
    expect(await screen.findByRole('note')).toHaveTextContent('teapot_error is not in the API documentation');
  });

  it('gives no code for a proxy’s HTML 502, which has none, and offers none to filter by', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    failNextCall({ endpointId: 'customer.list', kind: 'html', status: 502 });
    await quietly(callEndpoint(endpoint('customer.list')));
    const dialog = await openLog(user);
    const [row] = within(dialog).getAllByRole('listitem');
    expect(row).toHaveTextContent('502');
    expect(row).toHaveTextContent(/HTML page instead of JSON/);
    expect(row).not.toHaveTextContent(/Code/);
    const codes = within(dialog).getByRole('combobox', { name: 'Error code' });
    expect(
      within(codes)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any code']);
  });

  it('says the documented sentence once when the API’s message is that sentence', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    // An empty message in the demo's fault is the code's documented meaning, as the older API sends it.
    failNextCall({ endpointId: 'customer.list', status: 403, code: 'PATH_RESTRICTED', message: '' });
    await quietly(callEndpoint(endpoint('customer.list')));
    const dialog = await openLog(user);
    const [row] = within(dialog).getAllByRole('listitem');
    const meaning = codeMeaning('PATH_RESTRICTED') ?? 'missing meaning';
    expect(row).toHaveTextContent(`API says${meaning}MeaningSame as the message: the documented text.`);
    expect(row?.textContent?.split(meaning)).toHaveLength(2);
  });

  it('shows timing, headers with the key masked, and both bodies with copy buttons', async () => {
    const { user } = await fillLog();
    const dialog = await openLog(user);
    await user.click(within(dialog).getByRole('button', { name: /99999999/ }));
    expect(within(dialog).getByText(/^\d+ ms \(request sent to answer read\)$/)).toBeInTheDocument();
    expect(within(dialog).getByText('Bearer •••')).toBeInTheDocument();
    expect(within(dialog).getByText('API says')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy response body' }));
    expect(await navigator.clipboard.readText()).toContain('"error": "INVALID_CUSTOMER_NUMBER"');
    expect(document.body).not.toHaveTextContent(operator.apiKey);
  });

  it('sends a GET again at once and marks what changed against the logged answer', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    failNextCall({ endpointId: 'customer.get', status: 503, code: 'maintenance' });
    await quietly(
      callEndpoint(endpoint('customer.get'), { params: { customerNumber: DEMO_CUSTOMER_NUMBER } }),
    );
    const dialog = await openLog(user);
    await user.click(within(dialog).getByRole('button', { name: /GET \/v1\/customer\/10000001/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));

    const compared = await within(dialog).findByRole('region', { name: 'Compared with the logged answer' });
    expect(compared).toHaveTextContent(/Status\s*503 Service Unavailable\s*→\s*now\s*200 OK/);
    expect(compared).toHaveTextContent(/Code\s*maintenance\s*→\s*now\s*—/);
    const body = within(compared).getByRole('region', { name: 'Response body, before and now' });
    expect(body.querySelector('[data-diff="removed"]')).toHaveTextContent('"code": "maintenance"');
    expect(body.querySelector('[data-diff="added"]')).toBeInTheDocument();
    expect(requestLogStore.get()).toHaveLength(2);
  });

  it('asks before sending a write again, shows the body, and leaves out what the log masked', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    failNextCall({ endpointId: 'user.create', status: 409, code: 'conflict' });
    await quietly(
      callEndpoint(endpoint('user.create'), {
        params: { customerNumber: DEMO_CUSTOMER_NUMBER },
        body: { lastname: 'Again', firstname: 'Anna', password: 'Xk9!mP2#vL7q-Tr4' },
      }),
    );
    const dialog = await openLog(user);
    await user.click(within(dialog).getByRole('button', { name: /POST \/v1\/customer\/user/ }));
    // It asks in the button's place, on Cancel (a stray Enter cancels), and gives the place back.
    await user.click(within(dialog).getByRole('button', { name: 'Send again' }));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(dialog).queryByRole('region', { name: 'Send this POST again?' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Send again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const ask = within(dialog).getByRole('region', { name: 'Send this POST again?' });
    expect(within(ask).getByRole('region', { name: 'Body that will be sent' })).toHaveTextContent(
      '"lastname": "Again"',
    );
    expect(ask).not.toHaveTextContent('•••');
    expect(ask).toHaveTextContent('Left out, because the log masked them and never kept them: password');
    expect(requestLogStore.get()).toHaveLength(1);

    await user.click(within(ask).getByRole('button', { name: 'Send POST' }));
    const compared = await within(dialog).findByRole('region', { name: 'Compared with the logged answer' });
    expect(compared).toHaveTextContent(/409 Conflict\s*→\s*now\s*200 OK/);
    // The generated password of the new user is masked in the comparison too.
    expect(within(compared).getByRole('region', { name: 'Response body, before and now' })).toHaveTextContent(
      '"password": "•••"',
    );
  });

  it('imports a HAR file from elsewhere and reads it with this API meanings, its key masked', async () => {
    const { user } = await renderApp('/explorer', { connection: operator });
    const har = {
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        entries: [
          {
            startedDateTime: '2026-12-01T10:00:00.000Z',
            time: 120,
            request: {
              method: 'DELETE',
              url: 'https://api.securebit.ch/v1/customer/10000002',
              httpVersion: 'HTTP/2',
              headers: [{ name: '4b42-KEY', value: 'live-key-0123456789' }],
              queryString: [],
              cookies: [],
              headersSize: -1,
              bodySize: 0,
            },
            response: {
              status: 403,
              statusText: '',
              httpVersion: 'HTTP/2',
              headers: [{ name: 'content-type', value: 'application/json' }],
              cookies: [],
              content: {
                size: 60,
                mimeType: 'application/json',
                text: '{"code":"PATH_RESTRICTED","message":"No."}',
              },
              redirectURL: '',
              headersSize: -1,
              bodySize: -1,
            },
            cache: {},
            timings: { send: 1, wait: 118, receive: 1 },
          },
        ],
      },
    };
    const dialog = await openLog(user);
    const file = new File([JSON.stringify(har)], 'support-ticket.har', { type: 'application/json' });
    await user.upload(within(dialog).getByLabelText('Import HAR…'), file);
    await waitFor(() =>
      expect(within(dialog).getByRole('note')).toHaveTextContent('1 call imported from support-ticket.har'),
    );
    const [row] = within(dialog).getAllByRole('listitem');
    expect(row).toHaveTextContent('DELETE /v1/customer/10000002');
    expect(row).toHaveTextContent(/API says\s*No\./);
    expect(row).toHaveTextContent(
      /Meaning\s*You do not have permission to use this path using the token that you supplied\./,
    );
    await user.click(within(dialog).getByRole('button', { name: /DELETE \/v1\/customer\/10000002/ }));
    expect(within(dialog).getByText('•••')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('live-key-0123456789');

    // Back to the tab's own calls: the note and its button go, the keyboard's place is the search box.
    await user.click(within(dialog).getByRole('button', { name: '← All calls' }));
    await user.click(within(dialog).getByRole('button', { name: "Back to this tab's calls" }));
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('searchbox', { name: 'Search calls' })).toHaveFocus();
  });
});

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): the required members and their types.
const nameValue = z.object({ name: z.string(), value: z.string() });
const harSchema = z.object({
  log: z.object({
    version: z.literal('1.2'),
    creator: z.object({ name: z.string(), version: z.string() }),
    entries: z.array(
      z.object({
        startedDateTime: z.iso.datetime(),
        time: z.number().nonnegative(),
        request: z.object({
          method: z.string(),
          url: z.url(),
          httpVersion: z.string(),
          cookies: z.array(z.unknown()),
          headers: z.array(nameValue),
          queryString: z.array(nameValue),
          postData: z.object({ mimeType: z.string(), text: z.string() }).optional(),
          headersSize: z.number(),
          bodySize: z.number(),
        }),
        response: z.object({
          status: z.number().int(),
          statusText: z.string(),
          httpVersion: z.string(),
          cookies: z.array(z.unknown()),
          headers: z.array(nameValue),
          content: z.object({ size: z.number(), mimeType: z.string(), text: z.string().optional() }),
          redirectURL: z.string(),
          headersSize: z.number(),
          bodySize: z.number(),
        }),
        cache: z.object({}),
        timings: z.object({
          send: z.number().min(-1),
          wait: z.number().min(-1),
          receive: z.number().min(-1),
        }),
      }),
    ),
  }),
});

describe('HAR export', { timeout: 30_000 }, () => {
  it('writes HAR 1.2, oldest first, and reads back with the same calls, meanings and preloads', async () => {
    await fillLog();
    // As a route's preload would have sent the newest one.
    const calls = requestLogStore
      .get()
      .map((call, i) => (i === 0 ? { ...call, initiator: 'preload' as const } : call));
    const har = toHar(calls);
    expect(harSchema.safeParse(har).error?.issues ?? []).toEqual([]);
    expect(har.log.entries.map((e) => e.startedDateTime)).toEqual(
      [...har.log.entries.map((e) => e.startedDateTime)].sort(),
    );
    const noAnswer = har.log.entries.find((e) => e.request.url.endsWith('/internet/exchange'));
    expect(noAnswer?.response).toMatchObject({ status: 0, _error: expect.any(String) });

    // A browser's HAR holds more than API calls; those are left out.
    const withAssets = {
      log: {
        ...har.log,
        entries: [
          ...har.log.entries,
          {
            ...har.log.entries[0],
            request: { ...har.log.entries[0]?.request, url: 'http://127.0.0.1/assets/index.js' },
          },
        ],
      },
    };
    const back = fromHar(JSON.stringify(withAssets));
    const read = (c: (typeof calls)[number]) => [
      c.method,
      c.path,
      c.status,
      c.code,
      c.meaning,
      c.endpointId,
      c.initiator,
    ];
    expect(back.map(read)).toEqual(calls.map(read));
    expect(back.filter((c) => c.initiator === 'preload')).toHaveLength(1);
    expect(JSON.stringify(har)).not.toContain(operator.apiKey);
  });
});
