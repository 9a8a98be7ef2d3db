import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestLogStore } from '@/api/request-log';
import { DEMO_CUSTOMER_NUMBER } from '@/mocks/demo-keys';
import { renderApp } from '@/test/render-app';

describe('explorer and secrets', { timeout: 20_000 }, () => {
  it('masks a generated password in the answer: the user-created page is the one place it shows', async () => {
    const { user } = await renderApp('/explorer?endpoint=user.create', { connection: 'operator' });
    await user.type(await screen.findByRole('textbox', { name: /^customerNumber/ }), DEMO_CUSTOMER_NUMBER);
    await user.type(screen.getByRole('textbox', { name: /^lastname/ }), 'Secret');
    await user.type(screen.getByRole('textbox', { name: /^firstname/ }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const body = await screen.findByRole('region', { name: 'Response body' });
    expect(body).toHaveTextContent('"password": "•••"');
    expect(body).toHaveTextContent('"lastname": "Secret"');
    // The answer really carried one; it reached neither the page nor the log.
    const logged = JSON.stringify(requestLogStore.get());
    expect(logged).toContain('"password":"•••"');
    expect(document.body.textContent).not.toMatch(/"password": "(?!•••)[^"]+"/);
  });
});
