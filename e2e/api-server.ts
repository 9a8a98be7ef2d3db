import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_BASE_URL } from '../src/api/connection';
import { resetSimulatedApi } from '../src/mocks/node';
import { handleApiRequest } from '../src/mocks/simulated-api';

/**
 * The simulated API (the same model the demo runs in the browser) behind a real HTTP server on
 * another origin, with CORS as a real deployment would send it: the console connects to it as to
 * any API, with a base URL and a key.
 */
export interface ApiServer {
  /** The base URL to type at /connect. */
  baseUrl: string;
  origin: string;
  /** Every request that reached the server (preflights included): method, URL and headers. */
  seen: { method: string; url: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

/** The real API answers with a TMDB URL (docs example); the demo's own poster is on its origin. */
const DOCUMENTED_POSTER = 'https://image.tmdb.org/t/p/w342/kyeqWdyUXW608qlYkRqosgbbJyK.jpg';

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

export async function startApiServer(): Promise<ApiServer> {
  resetSimulatedApi();
  const seen: ApiServer['seen'] = [];
  const server = createServer(async (req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, 4b42-KEY, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
    res.setHeader(
      'Access-Control-Expose-Headers',
      'RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After',
    );
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const url = `http://${req.headers.host}${req.url}`;
    const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const reply = await handleApiRequest(new Request(url, { method: req.method, headers, body }));
    if (reply.type === 'network-error') {
      res.destroy();
      return;
    }
    const isPoster = reply.status === 200 && /\/v1\/tools\/media\/movie\/poster\//.test(req.url ?? '');
    const payload =
      reply.type === 'json'
        ? JSON.stringify(isPoster ? DOCUMENTED_POSTER : reply.body)
        : reply.type === 'html'
          ? reply.body
          : Buffer.from(reply.body);
    const type = reply.type === 'json' ? 'application/json' : reply.type === 'html' ? 'text/html' : undefined;
    res.writeHead(reply.status, { ...(type ? { 'Content-Type': type } : {}), ...reply.headers });
    res.end(payload);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: `${origin}${DEMO_BASE_URL}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
