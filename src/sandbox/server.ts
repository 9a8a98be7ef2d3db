import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer } from '@mswjs/http-middleware';
import { CORS_RATE_LIMIT_HEADERS, CORS_REQUEST_HEADERS } from '@/api/api-headers';
import { reloadDatabase } from '@/mocks/db/database';
import { attachStorage } from '@/mocks/db/persistence';
import { apiHandler } from '@/mocks/handlers';
import { setDefaultLatency } from '@/mocks/latency';
import { reloadBuckets } from '@/mocks/rate-limit-bucket';
import { controlHandlers } from './control-handlers';
import { fileStorage } from './file-storage';
import { openApiHandlers } from './openapi-handler';

export interface SandboxOptions {
  /** Keep the state in this JSON file; null: in memory. */
  statePath: string | null;
  /** Milliseconds added to every answer. */
  latency: number;
}

// What a browser on another origin needs: the key headers allowed in, the rate-limit headers
// readable (Access-Control-Expose-Headers), preflights answered without a key.
const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': CORS_REQUEST_HEADERS,
  'Access-Control-Expose-Headers': `${CORS_RATE_LIMIT_HEADERS}, WWW-Authenticate, Allow, Content-Disposition`,
  'Access-Control-Max-Age': '600',
};

/**
 * The simulated API (the browser demo's msw handlers: same keys, scopes, faults and rate limit)
 * at `/v1` over real HTTP, through @mswjs/http-middleware, with CORS in front. Not listening yet.
 */
export function createSandboxServer({ statePath, latency }: SandboxOptions): Server {
  attachStorage(statePath ? fileStorage(statePath) : null);
  reloadDatabase();
  reloadBuckets();
  setDefaultLatency(latency, latency);

  const app = createServer(apiHandler('', null), ...openApiHandlers, ...controlHandlers);
  app.disable('x-powered-by');

  return createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Vary', 'Origin');
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    app(req, res);
  });
}
