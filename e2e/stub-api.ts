import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORS_RATE_LIMIT_HEADERS, CORS_REQUEST_HEADERS } from '../src/api/api-headers';

/** One request that reached a server on loopback (preflights included). */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface Listening {
  /** `http://127.0.0.1:<port>`: another origin than the console's. */
  origin: string;
  /** Every request that reached the server, in order, preflights included. */
  seen: SeenRequest[];
  close: () => Promise<void>;
}

/** Puts `server` on a free loopback port and records every request it gets. */
export async function listenOnLoopback(server: Server): Promise<Listening> {
  const seen: SeenRequest[] = [];
  server.prependListener('request', (req: IncomingMessage) =>
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }),
  );
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A hand-written API on another origin for one spec: CORS as a real deployment sends it (key
 * headers allowed in, preflights answered), then `answer` for every other request. With
 * `exposeRateLimit: false` the RateLimit headers may be sent but the browser hides them.
 */
export function startStubApi(
  answer: (req: IncomingMessage, res: ServerResponse) => void,
  { exposeRateLimit }: { exposeRateLimit: boolean },
): Promise<Listening> {
  const server = createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Headers', CORS_REQUEST_HEADERS);
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
    if (exposeRateLimit) res.setHeader('Access-Control-Expose-Headers', CORS_RATE_LIMIT_HEADERS);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    answer(req, res);
  });
  return listenOnLoopback(server);
}

/** The requests that were not preflights, as "GET /v1/customer". */
export const calls = (seen: readonly SeenRequest[]) =>
  seen.filter((s) => s.method !== 'OPTIONS').map((s) => `${s.method} ${s.url}`);
