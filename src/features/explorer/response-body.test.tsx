import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { endpoint } from '@/api/catalogue';
import { DISPLAY_LIMIT } from '@/features/ui/long-text';
import { pdfFilename, ResponseBody } from './response-body';

describe('ResponseBody', () => {
  it('pretty-prints JSON as text, never as HTML', () => {
    render(
      <ResponseBody
        endpoint={endpoint('customer.list')}
        data={[]}
        wireBody={[{ name: '10000001', description: '<b>Muster AG</b>' }]}
        params={{}}
      />,
    );
    const body = screen.getByRole('region', { name: 'Response body' });
    expect(body.querySelector('pre')?.textContent).toBe(
      '[\n  {\n    "name": "10000001",\n    "description": "<b>Muster AG</b>"\n  }\n]',
    );
    expect(body.querySelector('b')).toBeNull();
  });

  it('cuts a huge body (10 000 users) for display, with "Show all"', async () => {
    const users = Array.from({ length: 10_000 }, (_, i) => ({
      id: `10000001_${i}`,
      lastname: 'Muster',
      firstname: 'Max',
      upn: `max.muster${i}@example.ch`,
    }));
    render(<ResponseBody endpoint={endpoint('user.list')} data={users} wireBody={users} params={{}} />);
    const pre = screen.getByRole('region', { name: 'Response body' }).querySelector('pre') as HTMLElement;
    expect(pre.textContent).toHaveLength(DISPLAY_LIMIT);
    expect(screen.getByText(/Showing the first 200,000 of [\d,]+ characters/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(pre.textContent).toBe(JSON.stringify(users, null, 2));
  });

  it('offers a PDF as a download named after the resource, and revokes its URL later', () => {
    // jsdom has no object URLs: stand-ins for this test only.
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const revokeObjectURL = vi.fn();
    URL.createObjectURL = vi.fn(() => 'blob:report');
    URL.revokeObjectURL = revokeObjectURL;
    try {
      const pdf = new Blob(['%PDF-1.4'], { type: 'application/pdf' });
      const { unmount } = render(
        <ResponseBody
          endpoint={endpoint('abuse.report')}
          data={pdf}
          wireBody="[pdf]"
          params={{ resource: '192.0.2.1' }}
        />,
      );
      const link = screen.getByRole('link', { name: 'Download abuse-report-192.0.2.1.pdf' });
      expect(link).toHaveAttribute('href', 'blob:report');
      expect(link).toHaveAttribute('download', 'abuse-report-192.0.2.1.pdf');
      unmount();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    }
  });

  it('makes a file name of any resource', () => {
    expect(pdfFilename({ resource: '2001:db8::/32' })).toBe('abuse-report-2001_db8_32.pdf');
  });

  it('previews a bare image URL with alt text', () => {
    const url = 'https://image.example.org/t/p/w500/poster.jpg';
    render(
      <ResponseBody endpoint={endpoint('movie.poster')} data={url} wireBody={url} params={{ name: 'x' }} />,
    );
    expect(screen.getByRole('img', { name: `What the response points to: ${url}` })).toHaveAttribute(
      'src',
      url,
    );
    expect(screen.getByRole('region', { name: 'Response body' })).toHaveTextContent(`"${url}"`);
  });
});
